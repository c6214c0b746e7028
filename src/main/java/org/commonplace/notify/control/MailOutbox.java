package org.commonplace.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.notify.entity.OutboundMail;
import org.commonplace.platform.time.AppClock;

/**
 * Queues an e-mail in the caller's transaction: if the transaction rolls back, no mail goes out;
 * if it commits, {@link MailDispatcher} sends it, also after a restart.
 */
@ApplicationScoped
public class MailOutbox {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject AppClock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String bodyText) {
        em.persist(new OutboundMail(recipient, subject, bodyText, clock.now()));
    }

    /** A mail people can answer (replyTo) and stop (the unsubscribe link, also sent as List-Unsubscribe). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String bodyText, String replyTo, String unsubscribeUrl) {
        em.persist(new OutboundMail(recipient, subject, bodyText, clock.now()).withReplyTo(replyTo).withUnsubscribeUrl(unsubscribeUrl));
    }
}
