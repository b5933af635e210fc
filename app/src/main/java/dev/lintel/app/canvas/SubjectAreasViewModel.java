package dev.lintel.app.canvas;

import dev.lintel.model.document.SubjectArea;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Subject areas: named, coloured groups of cards, kept in the document's layout section. Creating,
 * renaming, recolouring, deleting an area and changing its members hand the new list to the
 * document (which becomes unsaved); collapsing is a way of looking and is not saved. Members are
 * object paths, kept sorted so that the file does not churn.
 */
public final class SubjectAreasViewModel {
    private final DiagramViewModel diagram;
    private final ReadOnlyObjectWrapper<List<SubjectAreaShape>> areas = new ReadOnlyObjectWrapper<>(this, "areas", List.of());
    private List<SubjectArea> stored = List.of();
    private final Set<String> collapsed = new HashSet<>();
    private Consumer<List<SubjectArea>> changed = list -> { };

    SubjectAreasViewModel(DiagramViewModel diagram) {
        this.diagram = diagram;
    }

    // Properties ------------------------------------------------------------------------------

    /** The areas in the document's order, in display form. */
    public ReadOnlyObjectProperty<List<SubjectAreaShape>> areasProperty() {
        return areas.getReadOnlyProperty();
    }

    /** The area named {@code name}, if there is one. */
    public Optional<SubjectAreaShape> area(String name) {
        return areas.get().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** Names of the areas {@code objectPath} belongs to. */
    public List<String> areasOf(String objectPath) {
        return areas.get().stream().filter(a -> a.members().contains(objectPath)).map(SubjectAreaShape::name).toList();
    }

    /** Why {@code name} cannot name an area (blank, or taken by another area than {@code current}), or empty. */
    public Optional<String> problemWithName(String name, String current) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.of("Give the area a name.");
        }
        boolean taken = stored.stream().anyMatch(a -> a.name().toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT))
                && !a.name().equals(current));
        return taken ? Optional.of("There is already an area named " + n + ".") : Optional.empty();
    }

    /** The cards a new area would be made of: the selected card, if any. */
    public List<String> selectionForNewArea() {
        String selected = diagram.selectedTable();
        return selected == null ? List.of() : List.of(selected);
    }

    /** The colour a new area gets unless the user picks another: the first one not in use yet. */
    public AreaColour nextColour() {
        Set<AreaColour> used = new HashSet<>();
        stored.forEach(a -> used.add(AreaColour.ofHex(a.color())));
        for (AreaColour c : AreaColour.values()) {
            if (!used.contains(c)) {
                return c;
            }
        }
        return AreaColour.values()[stored.size() % AreaColour.values().length];
    }

    // Wiring ----------------------------------------------------------------------------------

    /** Receives the whole new list after every change the user makes, for the document. */
    public void setOnChanged(Consumer<List<SubjectArea>> action) {
        changed = Objects.requireNonNull(action, "action");
    }

    /** A document was opened or replaced: show its areas, all expanded, and the whole diagram. */
    public void load(List<SubjectArea> fromDocument) {
        stored = List.copyOf(fromDocument);
        collapsed.clear();
        diagram.focus().showAll();
        publish();
    }

    // Commands --------------------------------------------------------------------------------

    /** Creates an area; false (nothing changes) when the name is not usable or there are no members. */
    public boolean create(String name, AreaColour colour, Collection<String> members) {
        if (problemWithName(name, null).isPresent() || members.isEmpty()) {
            return false;
        }
        List<SubjectArea> next = new ArrayList<>(stored);
        next.add(new SubjectArea(name.strip(), colour.hex(), List.copyOf(new TreeSet<>(members))));
        commit(next);
        return true;
    }

    public void addMembers(String area, Collection<String> paths) {
        edit(area, a -> {
            TreeSet<String> m = new TreeSet<>(a.members());
            m.addAll(paths);
            return new SubjectArea(a.name(), a.color(), List.copyOf(m));
        });
    }

    /** Removes members; an area left without any is deleted, as an empty group draws nothing. */
    public void removeMembers(String area, Collection<String> paths) {
        edit(area, a -> {
            TreeSet<String> m = new TreeSet<>(a.members());
            m.removeAll(paths);
            return m.isEmpty() ? null : new SubjectArea(a.name(), a.color(), List.copyOf(m));
        });
    }

    /** Renames an area; false when the new name is blank or taken. */
    public boolean rename(String area, String newName) {
        if (problemWithName(newName, area).isPresent()) {
            return false;
        }
        if (collapsed.remove(area)) {
            collapsed.add(newName.strip());
        }
        edit(area, a -> new SubjectArea(newName.strip(), a.color(), a.members()));
        return true;
    }

    public void recolour(String area, AreaColour colour) {
        edit(area, a -> new SubjectArea(a.name(), colour.hex(), a.members()));
    }

    public void delete(String area) {
        collapsed.remove(area);
        edit(area, a -> null);
    }

    /** Shows only the area's cards (Show All brings the rest back). */
    public void showOnly(String area) {
        area(area).ifPresent(a -> diagram.focus().showOnly("Subject area " + a.name(), a.members()));
    }

    /** Draws the area as one labelled box (its edges end at the box) or as its cards again. */
    public void setCollapsed(String area, boolean collapse) {
        if (area(area).isEmpty()) {
            return;
        }
        if (collapse) {
            collapsed.add(area);
        } else {
            collapsed.remove(area);
        }
        publish();
    }

    private void edit(String area, UnaryOperator<SubjectArea> change) {
        List<SubjectArea> next = new ArrayList<>();
        boolean found = false;
        for (SubjectArea a : stored) {
            if (a.name().equals(area)) {
                found = true;
                SubjectArea changedArea = change.apply(a);
                if (changedArea != null) {
                    next.add(changedArea);
                }
            } else {
                next.add(a);
            }
        }
        if (found) {
            commit(next);
        }
    }

    private void commit(List<SubjectArea> next) {
        stored = List.copyOf(next);
        collapsed.retainAll(stored.stream().map(SubjectArea::name).toList());
        publish();
        changed.accept(stored);
    }

    // A colour typed into the file by hand is kept if it is a plain hex colour the painter can read.
    private static String colourOf(SubjectArea a) {
        return a.color() != null && a.color().matches("#[0-9a-fA-F]{6}") ? a.color() : AreaColour.BLUE.hex();
    }

    private void publish() {
        areas.set(stored.stream().map(a -> new SubjectAreaShape(a.name(), colourOf(a), a.members(),
                collapsed.contains(a.name()))).toList());
    }
}
