package org.commonplace.notify.control;

/**
 * A genuine answer to a notification mail: the signed reference checked, the sender's address the
 * account's own, quoted text and signature removed. The feature that sent the notification posts it.
 */
public record MailReplyReceived(long accountId, String reference, String text) { }
