package io.promisedesk.workbench;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through Debian's ChromeDriver, for the workbench's browser tests. Both paths are
 * given to Selenium, so Selenium Manager never looks for (or downloads) a browser or a driver; the flags keep
 * Chromium off every network but loopback, and each browser gets a fresh, empty profile that {@link #quit()} removes.
 */
final class HeadlessChromium {
    static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
    /** Every wait in the browser tests is bounded by this. */
    static final Duration WAIT = Duration.ofSeconds(5);
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /**
     * Selenium warns at every start that it has no DevTools protocol classes for this Chromium; the tests use
     * WebDriver only, never DevTools, so the warning is noise. Held here so the setting is not garbage collected.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser with a 1280x900 window; fails, saying what to install, when Chromium or its driver is missing. */
    static HeadlessChromium start() throws IOException {
        for (String program : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(Paths.get(program))) {
                throw new AssertionError(program + " is missing: the browser tests need Debian's chromium and"
                        + " chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)");
            }
        }
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profile = Files.createTempDirectory("promisedesk-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(20))
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException failed) {
            delete(profile);
            throw failed;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(10)).scriptTimeout(WAIT);
        driver.manage().window().setSize(new Dimension(1280, 900));
        return new HeadlessChromium(driver, profile);
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** Saves what the window shows as {@code target/screenshots/NAME.png} and returns that path. */
    Path screenshot(String name) throws IOException {
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.createDirectories(target.getParent());
        Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.move(taken, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    void quit() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    /** Best effort: a profile left behind in the temporary directory is no reason to fail a test. */
    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // already gone, or Chromium still writing into it
        }
    }
}
