package io.promisedesk.workbench;

import org.junit.runner.notification.RunNotifier;
import org.junit.runners.BlockJUnit4ClassRunner;
import org.junit.runners.Suite;
import org.junit.runners.model.FrameworkMethod;
import org.junit.runners.model.InitializationError;
import org.junit.runners.model.Statement;

import java.util.List;

/**
 * Runs a browser test class in Jira's light theme, then in its dark one, as a Jira user may have either: each run with
 * the class's rules afresh (its own workbench, so nothing one run saves is seen by the other, and its own Chromium,
 * whose theme cookie {@link BrowserSession} sets before the first test). Test names end in {@code [light]} or
 * {@code [dark]}.
 */
public final class InBothThemes extends Suite {
    /** The theme the browser tests run in now; light outside this runner. */
    private static volatile Theme current = Theme.LIGHT;

    public InBothThemes(Class<?> testClass) throws InitializationError {
        super(testClass, List.of(new InTheme(testClass, Theme.LIGHT), new InTheme(testClass, Theme.DARK)));
    }

    static Theme current() {
        return current;
    }

    @Override
    protected Statement classBlock(RunNotifier notifier) {
        // The class rules run in each theme's runner, around that theme's tests, not once around both.
        return childrenInvoker(notifier);
    }

    /** The class's tests in one theme. */
    private static final class InTheme extends BlockJUnit4ClassRunner {
        private final Theme theme;

        InTheme(Class<?> testClass, Theme theme) throws InitializationError {
            super(testClass);
            this.theme = theme;
        }

        @Override
        protected String getName() {
            return "[" + theme.parameter() + "]";
        }

        @Override
        protected String testName(FrameworkMethod method) {
            return method.getName() + "[" + theme.parameter() + "]";
        }

        @Override
        protected Statement classBlock(RunNotifier notifier) {
            Statement rulesAndTests = super.classBlock(notifier);
            return new Statement() {
                @Override
                public void evaluate() throws Throwable {
                    current = theme;
                    try {
                        rulesAndTests.evaluate();
                    } finally {
                        current = Theme.LIGHT;
                    }
                }
            };
        }
    }
}
