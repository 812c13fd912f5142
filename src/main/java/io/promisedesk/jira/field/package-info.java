/**
 * The Sales Commitment and ETA custom field types: thin Jira field types over plain classes that parse, check and
 * show the values in our own terms ({@code commitment}, {@code eta}); see docs/architecture.md, "Custom fields".
 */
package io.promisedesk.jira.field;
