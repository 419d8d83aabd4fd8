/** The web server's settings that are the platform's: which proxies' forwarded headers are believed. */
@NullMarked
package org.portailfamille.platform.web;

import org.jspecify.annotations.NullMarked;
