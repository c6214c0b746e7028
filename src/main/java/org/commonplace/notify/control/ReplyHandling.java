package org.commonplace.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.identity.entity.Account;

import java.util.Optional;

/** Hands a genuine e-mail reply to the feature it answers, in its own transaction. */
@ApplicationScoped
public class ReplyHandling {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Event<MailReplyReceived> replies;

    @Transactional
    public Optional<String> emailOf(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId)).filter(Account::canSignIn).map(Account::email);
    }

    @Transactional
    public void deliver(MailReplyReceived reply) {
        replies.fire(reply);
    }
}
