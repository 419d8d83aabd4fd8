package org.portailfamille.security;

import org.springframework.beans.BeanUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every route the portal answers, read from its handler mappings (the application's and the actuator's), so
 * that a route added tomorrow is covered by the security tests without anyone listing it.
 */
public final class Routes {

    /** Methods that change state and must carry a CSRF token. */
    public static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "DELETE", "PATCH");

    /** Parameter and field names that designate an object: {@code id}, {@code childId}, {@code jeton}, … */
    static final Pattern ID_LIKE = Pattern.compile(
            "^(id|ids|uuid|jeton|token|numero|number|ref|reference|key|cle)$"
                    + "|^(id|numero|num|ref)[A-Z_-].*"
                    + "|.*[a-z0-9](Id|Ids|ID|Uuid|Number|Numero|Token|Jeton|Ref|Key)$"
                    + "|.*[_-](id|ids|uuid|number|numero|token|jeton|ref|key)$");

    private static final PathPatternParser PARSER = new PathPatternParser();

    private Routes() {
    }

    /** One method on one path pattern, and the handler that serves it. */
    public record Route(String method, String pattern, HandlerMethod handler) {

        public String key() {
            return method + " " + pattern;
        }

        /** A concrete path for the pattern: variables get a well-formed id, wildcards a plain segment. */
        public String samplePath() {
            String path = pattern.replaceAll("\\{\\*[^}]+}", "x")
                    .replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000001")
                    .replace("/**", "/x")
                    .replace("*", "x");
            return path.isEmpty() ? "/" : path;
        }

        public boolean isStateChanging() {
            return STATE_CHANGING.contains(method);
        }

        public boolean isUnder(String prefix) {
            return pattern.equals(prefix) || pattern.startsWith(prefix + "/");
        }

        /**
         * Whether the route designates an object by an id: a path variable, or a request parameter or form
         * field with an id-like name.
         */
        public boolean carriesId() {
            return !idCarriers().isEmpty();
        }

        /** What carries an id: "{var}" of the path, "?param" of the query or body, "form.field" of a form. */
        public Set<String> idCarriers() {
            Set<String> carriers = new TreeSet<>();
            if (pattern.contains("{")) {
                carriers.add("path " + pattern);
            }
            for (MethodParameter parameter : handler.getMethodParameters()) {
                parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                Class<?> type = parameter.getParameterType();
                PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
                RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
                if (parameter.hasParameterAnnotation(AuthenticationPrincipal.class)) {
                    continue; // the logged-in user, not a request value
                }
                if (pathVariable != null) {
                    carriers.add("path variable " + parameter.getParameterName());
                } else if (requestParam != null) {
                    String name = !requestParam.name().isEmpty() ? requestParam.name()
                            : !requestParam.value().isEmpty() ? requestParam.value() : parameter.getParameterName();
                    if (name != null && ID_LIKE.matcher(name).matches()) {
                        carriers.add("parameter " + name);
                    }
                } else if (BeanUtils.isSimpleProperty(type)) {
                    String name = parameter.getParameterName();
                    if (name != null && ID_LIKE.matcher(name).matches()) {
                        carriers.add("parameter " + name);
                    }
                } else if (isFormObject(type)) {
                    for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
                        if (property.getWriteMethod() != null && ID_LIKE.matcher(property.getName()).matches()) {
                            carriers.add("form field " + type.getSimpleName() + "." + property.getName());
                        }
                    }
                }
            }
            return carriers;
        }

        private static boolean isFormObject(Class<?> type) {
            String name = type.getName();
            return !type.isInterface() && !type.isArray() && !name.startsWith("java.")
                    && !name.startsWith("jakarta.") && !name.startsWith("org.springframework.")
                    && name.startsWith("org.portailfamille.") && !name.startsWith("org.portailfamille.access.");
        }

        @Override
        public String toString() {
            return key() + " (" + handler.getShortLogMessage() + ")";
        }
    }

    /** Every route of every request-mapping handler mapping, one per method (GET and POST when unrestricted). */
    public static List<Route> all(ApplicationContext context) {
        Set<Route> routes = new LinkedHashSet<>();
        Map<String, RequestMappingInfoHandlerMapping> mappings =
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class);
        for (RequestMappingInfoHandlerMapping mapping : mappings.values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                Set<RequestMethod> effective = methods.isEmpty()
                        ? EnumSet.of(RequestMethod.GET, RequestMethod.POST) : methods;
                for (String pattern : info.getPatternValues()) {
                    for (RequestMethod method : effective) {
                        routes.add(new Route(method.name(), pattern, entry.getValue()));
                    }
                }
            }
        }
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return sorted;
    }

    /** Whether the path matches one of the patterns (Spring's path-pattern syntax). */
    public static boolean matchesAny(String path, List<String> patterns) {
        AntPathMatcher ant = new AntPathMatcher();
        for (String pattern : patterns) {
            PathPattern parsed = PARSER.parse(pattern);
            if (parsed.matches(PathContainer.parsePath(path)) || ant.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }
}
