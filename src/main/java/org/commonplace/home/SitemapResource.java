package org.commonplace.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;
import org.commonplace.library.control.Library;
import org.commonplace.platform.config.Settings;
import org.eclipse.microprofile.openapi.annotations.Operation;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * sitemap.xml (sitemaps.org 0.9): the home page, the library and every public, published
 * resource, the blog with every published post, tag page and author page, with absolute addresses
 * from commonplace.base-url. Written with the JDK's StAX
 * writer, which escapes for us; a sitemap library would add a dependency for four elements
 * (docs/decisions/0015-resource-files.md). Cohort resources and drafts are never listed: the
 * query asks for PUBLIC and PUBLISHED only.
 */
@Path("sitemap.xml")
@RequestScoped
public class SitemapResource {
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** A sitemap file holds at most 50,000 addresses; beyond that it would need an index. */
    private static final int MAX_RESOURCES = 49_000;

    @Inject Library library;
    @Inject org.commonplace.blog.control.BlogReading blog;
    @Inject Settings settings;

    @GET
    @Produces("application/xml;charset=UTF-8")
    @Operation(hidden = true)
    public StreamingOutput sitemap() {
        List<Library.PublicPage> pages = library.publicPages();
        List<org.commonplace.blog.control.BlogReading.SitemapPage> blogPages = blog.sitemap();
        Instant newest = pages.stream().map(Library.PublicPage::updatedAt).max(Comparator.naturalOrder()).orElse(null);
        return out -> {
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeStartElement("urlset");
                xml.writeDefaultNamespace(NS);
                url(xml, "/", null);
                url(xml, "/library", newest);
                for (Library.PublicPage page : pages.subList(0, Math.min(pages.size(), MAX_RESOURCES))) {
                    url(xml, "/library/" + page.id(), page.updatedAt());
                }
                url(xml, "/blog", blogPages.stream().map(org.commonplace.blog.control.BlogReading.SitemapPage::lastModified)
                        .max(Comparator.naturalOrder()).orElse(null));
                for (var page : blogPages.subList(0, Math.min(blogPages.size(), MAX_RESOURCES))) url(xml, page.path(), page.lastModified());
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        };
    }

    private void url(XMLStreamWriter xml, String path, Instant lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(settings.absolute(path));
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(lastModified.truncatedTo(ChronoUnit.SECONDS).toString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
