package org.commonplace.blog.control;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.platform.config.Settings;
import org.jdom2.Element;
import org.jdom2.Namespace;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The blog's Atom 1.0 and RSS 2.0 feeds, written by Rome (ADR 0018). Every link is absolute (from
 * commonplace.base-url, also the links inside the posts' HTML); the HTML is the sanitised output
 * of the one Markdown renderer, so it carries no script; entry ids are tag: URIs that survive a
 * post's rename.
 */
@ApplicationScoped
public class BlogFeeds {
    static final String SITE_TITLE = "Commonplace blog";
    private static final Pattern ROOT_RELATIVE = Pattern.compile("(href|src)=\"/(?!/)");
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    @Inject Settings settings;

    /** tag: the tag of a tag's feed, or null for the whole blog. */
    public String atom(List<BlogReading.FeedEntry> entries, String tag, Instant updated) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(settings.absolute(selfPath(tag, "atom")));
        feed.setTitle(title(tag));
        feed.setSubtitle(text("Lessons learned in mentoring programmes, published with the consent of those they are about."));
        feed.setLanguage("en");
        feed.setUpdated(date(updated));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", settings.absolute(pagePath(tag)))));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", settings.absolute(selfPath(tag, "atom")))));
        Person site = new Person();
        site.setName("Commonplace");
        site.setUri(settings.absolute("/blog"));
        feed.setAuthors(List.of(site));
        List<Entry> items = new ArrayList<>();
        for (BlogReading.FeedEntry e : entries) {
            Entry entry = new Entry();
            entry.setId(tagUri(e));
            entry.setTitle(e.title());
            entry.setAlternateLinks(List.of(link("alternate", "text/html", settings.absolute(e.url()))));
            entry.setPublished(date(e.publishedAt()));
            entry.setUpdated(date(e.updatedAt()));
            Person author = new Person();
            author.setName(e.author());
            entry.setAuthors(List.<SyndPerson>of(author));
            entry.setSummary(text(e.summary()));
            Content content = new Content();
            content.setType("html");
            content.setValue(absoluteLinks(e.html()));
            entry.setContents(List.of(content));
            entry.setCategories(e.tags().stream().map(t -> {
                Category c = new Category();
                c.setTerm(t);
                c.setScheme(settings.absolute("/blog/tags/"));
                return c;
            }).toList());
            items.add(entry);
        }
        feed.setEntries(items);
        return write(feed);
    }

    public String rss(List<BlogReading.FeedEntry> entries, String tag, Instant updated) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(title(tag));
        channel.setLink(settings.absolute(pagePath(tag)));
        channel.setDescription("Lessons learned in mentoring programmes, published with the consent of those they are about.");
        channel.setLanguage("en");
        channel.setLastBuildDate(date(updated));
        channel.setPubDate(date(updated));
        Element self = new Element("link", ATOM);
        self.setAttribute("href", settings.absolute(selfPath(tag, "rss")));
        self.setAttribute("rel", "self");
        self.setAttribute("type", "application/rss+xml");
        channel.setForeignMarkup(new ArrayList<>(List.of(self)));
        List<Item> items = new ArrayList<>();
        for (BlogReading.FeedEntry e : entries) {
            Item item = new Item();
            item.setTitle(e.title());
            item.setLink(settings.absolute(e.url()));
            Guid guid = new Guid();
            guid.setPermaLink(false);
            guid.setValue(tagUri(e));
            item.setGuid(guid);
            item.setPubDate(date(e.publishedAt()));
            Description description = new Description();
            description.setType("text/html");
            description.setValue(absoluteLinks(e.html()));
            item.setDescription(description);
            item.setCategories(e.tags().stream().map(t -> {
                com.rometools.rome.feed.rss.Category c = new com.rometools.rome.feed.rss.Category();
                c.setValue(t);
                return c;
            }).toList());
            // RSS's own <author> must be an e-mail address; the name goes in dc:creator
            DCModuleImpl dc = new DCModuleImpl();
            dc.setCreator(e.author());
            item.setModules(new ArrayList<Module>(List.of(dc)));
            items.add(item);
        }
        channel.setItems(items);
        return write(channel);
    }

    static String selfPath(String tag, String format) {
        return pagePath(tag) + "/feed." + format;
    }

    static String pagePath(String tag) {
        return tag == null ? "/blog" : "/blog/tags/" + BlogInput.pathSegment(tag);
    }

    private static String title(String tag) {
        return tag == null ? SITE_TITLE : SITE_TITLE + ": " + tag;
    }

    /** Links and images inside a post point at this site with root-relative addresses; a feed reader needs them whole. */
    String absoluteLinks(String html) {
        return ROOT_RELATIVE.matcher(html).replaceAll("$1=\"" + java.util.regex.Matcher.quoteReplacement(settings.baseUrl().toString()) + "/");
    }

    /** tag:host,date-of-first-publication:blog-post-id (RFC 4151): stable however the post is renamed. */
    private String tagUri(BlogReading.FeedEntry e) {
        String host = URI.create(settings.baseUrl().toString()).getHost();
        return "tag:" + (host == null ? "localhost" : host) + "," + DateTimeFormatter.ISO_LOCAL_DATE.format(e.publishedAt().atOffset(ZoneOffset.UTC))
                + ":blog-post-" + e.id();
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType("text");
        content.setValue(value);
        return content;
    }

    private static Date date(Instant instant) {
        return Date.from(instant == null ? Instant.EPOCH : instant);
    }

    private static String write(WireFeed feed) {
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }
}
