package org.commonplace.identity.entity;

/** How a person wants to hear about things by e-mail. */
public enum MailFrequency {
    IMMEDIATE, DIGEST, NEVER
}
