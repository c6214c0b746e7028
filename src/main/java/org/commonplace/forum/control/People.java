package org.commonplace.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonplace.forum.control.ForumViews.Person;
import org.commonplace.identity.entity.Account;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Names of the people on a page, fetched in one query for the whole page. */
@ApplicationScoped
public class People {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    public Map<Long, Person> byId(Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return em.createQuery("select a from Account a left join fetch a.organisation where a.id in :ids", Account.class)
                .setParameter("ids", ids).getResultStream()
                .map(a -> new Person(a.id(), a.displayName(), a.organisation() == null ? null : a.organisation().name()))
                .collect(Collectors.toMap(Person::id, Function.identity()));
    }

    static Person unknown(long id) {
        return new Person(id, "former member", null);
    }
}
