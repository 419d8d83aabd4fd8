package org.portailfamille.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/** A user holding a temporary password reaches nothing but the password change page until it is changed. */
class ForcedPasswordChangeInterceptor implements HandlerInterceptor {

    static final String CHANGE_PAGE = "/mot-de-passe/changer";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user
                && user.passwordChangeRequired()) {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            return false;
        }
        return true;
    }
}
