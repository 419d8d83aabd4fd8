package archfixtures.web.staff;

import org.springframework.stereotype.Controller;

/** Breaks "the shell has no sub-packages with controllers" (the former web.staff). */
@Controller
public class ShellSubpackageController {
}
