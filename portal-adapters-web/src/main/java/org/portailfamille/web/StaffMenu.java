package org.portailfamille.web;

import org.jspecify.annotations.Nullable;
import org.portailfamille.access.NavigationEntry;
import org.portailfamille.access.PortalUser;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff menu of one page (ADR 0043): the entries the logged-in member of staff may see, the entries of a group
 * gathered behind one disclosure button at the place of the group's first entry. Computed when the layout first
 * reads it (after the handler ran), so a page that renders no menu costs nothing.
 */
public final class StaffMenu {

    /** A place of the menu bar: an entry of its own, or a group of entries (its label key and entries). */
    public record Item(@Nullable NavigationEntry entry, @Nullable String groupKey, List<NavigationEntry> entries) {

        public boolean isGroup() {
            return entry == null;
        }

        /** Whether the entry {@code id} is this item or one of its entries (to mark the current group). */
        public boolean holds(@Nullable String id) {
            return entries.stream().anyMatch(candidate -> candidate.id().equals(id));
        }

        /** An id for the group's list, made of its key: {@code nav.staff.group.planning} → {@code menu-planning}. */
        public String htmlId() {
            String key = groupKey == null ? entries.get(0).id() : groupKey;
            return "menu-" + key.substring(key.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9_-]", "-");
        }
    }

    private final List<NavigationEntry> entries;
    private final @Nullable PortalUser user;
    private @Nullable List<Item> items;

    StaffMenu(List<NavigationEntry> entries, @Nullable PortalUser user) {
        this.entries = entries;
        this.user = user;
    }

    public List<Item> getItems() {
        if (items == null) {
            items = user == null ? List.of() : arrange(entries, user);
        }
        return items;
    }

    /** {@code entries} are in menu order; a group with one visible entry is shown as that entry. */
    static List<Item> arrange(List<NavigationEntry> entries, PortalUser user) {
        Map<String, List<NavigationEntry>> places = new LinkedHashMap<>();
        for (NavigationEntry entry : entries) {
            if (shown(entry, user)) {
                String place = entry.groupKey() == null ? "entry:" + entry.id() : "group:" + entry.groupKey();
                places.computeIfAbsent(place, key -> new ArrayList<>()).add(entry);
            }
        }
        List<Item> arranged = new ArrayList<>();
        for (List<NavigationEntry> place : places.values()) {
            if (place.size() == 1) {
                arranged.add(new Item(place.get(0), null, List.copyOf(place)));
            } else {
                arranged.add(new Item(null, place.get(0).groupKey(), List.copyOf(place)));
            }
        }
        return List.copyOf(arranged);
    }

    /** An entry whose rule cannot be checked (the database is down on an error page) is left out. */
    private static boolean shown(NavigationEntry entry, PortalUser user) {
        try {
            return entry.isShownTo(user);
        } catch (RuntimeException unavailable) {
            LoggerFactory.getLogger(StaffMenu.class).warn("Menu entry {} left out: {}", entry.id(),
                    unavailable.getMessage());
            return false;
        }
    }
}
