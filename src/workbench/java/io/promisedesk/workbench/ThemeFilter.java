package io.promisedesk.workbench;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Makes the theme asked for ({@code ?theme=}, else the cookie, else light) current while a request is answered, so
 * that every page's layout sets it on {@code <html>} without each page passing it along.
 */
final class ThemeFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Theme theme = theme((HttpServletRequest) request, (HttpServletResponse) response);
        try {
            theme.during(() -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private static Theme theme(HttpServletRequest request, HttpServletResponse response) {
        // The query string alone: a form body is the servlets' to read, after their size check.
        Optional<Theme> asked = QueryString.value(request.getQueryString(), "theme").flatMap(Theme::named);
        if (asked.isPresent()) {
            Cookie cookie = new Cookie(Theme.COOKIE, asked.get().parameter());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
            return asked.get();
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(Theme.COOKIE)) {
                    return Theme.named(cookie.getValue()).orElse(Theme.DEFAULT);
                }
            }
        }
        return Theme.DEFAULT;
    }
}
