/**
 * What sales reads: Jira statuses as a handful of business phrases, the commitment's risk in business words,
 * and sentences built from i18n messages that a {@link io.promisedesk.language.MessageRenderer} turns into text.
 *
 * <p>Nothing here formats text except the renderer, so the same sentence can be shown in each reader's language.
 */
package io.promisedesk.language;
