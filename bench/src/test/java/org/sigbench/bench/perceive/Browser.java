package org.sigbench.bench.perceive;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver (set explicitly, so
 * Selenium Manager never looks for or downloads a driver). Plays trials of the perception page.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Quiets Selenium's notice that it has no DevTools bindings for this Chromium version (unused here). */
    private static final java.util.logging.Logger CDP = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser() {
        CDP.setLevel(java.util.logging.Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=520,1040", "--hide-scrollbars");
        ChromeDriverService svc = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(svc, o);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(25));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Forgets the participant (the cookie), as a second person on a fresh browser would be. */
    void newParticipant() {
        driver.manage().deleteAllCookies();
    }

    /** Waits until a trial other than {@code previous} is on screen, or the end; returns its id or null. */
    String awaitTrial(String previous) {
        String state = wait.until(d -> (String) ((ChromeDriver) d).executeScript(
                "if (!document.getElementById('done').hidden) { return ''; }"
                        + "var t = document.getElementById('stage').getAttribute('data-trial');"
                        + "return !document.getElementById('trial').hidden && t && t !== arguments[0] ? t : null;", previous));
        return state.isEmpty() ? null : state;
    }

    String progress() {
        return driver.findElement(By.id("progress")).getText();
    }

    /** Answers the trial on screen by clicking like a person (one WebDriver command per click). */
    void answer(boolean real, int confidence) {
        driver.findElement(By.id(real ? "btn-real" : "btn-synthetic")).click();
        driver.findElement(By.id("conf-" + confidence)).click();
        driver.findElement(By.id("submit")).click();
    }

    /** The same clicks, dispatched in the page by one script (faster on a loaded machine). */
    void answerQuickly(boolean real, int confidence) {
        driver.executeScript("document.getElementById(arguments[0]).click();"
                + "document.getElementById(arguments[1]).click(); document.getElementById('submit').click();",
                real ? "btn-real" : "btn-synthetic", "conf-" + confidence);
    }

    byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    String userAgent() {
        return (String) driver.executeScript("return navigator.userAgent");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
