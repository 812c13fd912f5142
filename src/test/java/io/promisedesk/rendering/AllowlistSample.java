package io.promisedesk.rendering;

/** An object of ours in a template context, for the allowlist harness's own tests. */
public final class AllowlistSample {
    public String getName() {
        return "sample";
    }

    public String other(String text) {
        return text;
    }
}
