package dev.slant.models.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The actors Slant knows by name: loaded from an editable JSON file (see data/actors.json), matched against text with
 * two token tries (names case-sensitive, role titles case-insensitive), so one pass over an article finds every
 * mention whatever the size of the registry.
 */
public final class ActorRegistry implements Serializable {
    public static final String CLASSPATH_COPY = "/dev/slant/models/actors/actors.json";
    private static final String[] TITLE_BLOCKERS = {"former", "ex", "then", "late", "next", "future", "previous"};
    private static volatile ActorRegistry defaults;

    private final List<Actor> actors;
    private final Map<String, Actor> byId = new LinkedHashMap<>();
    private final Node names = new Node();
    private final Node roles = new Node();
    private final String origin;

    private ActorRegistry(List<Actor> actors, String origin) {
        this.actors = List.copyOf(actors);
        this.origin = origin;
        for (Actor a : actors) {
            byId.put(a.id(), a);
            for (String alias : nameForms(a)) {
                add(names, WordTokens.words(alias), new Entry(a, "name", null));
            }
            for (String m : a.metonyms()) {
                add(names, WordTokens.words(m), new Entry(a, "metonym", null));
            }
            for (Role r : a.roles()) {
                for (String title : r.titles()) {
                    List<String> w = lower(WordTokens.words(title));
                    add(roles, w, new Entry(a, "role", r));
                    if (!w.get(0).equals("the")) {
                        List<String> withThe = new ArrayList<>(w);
                        withThe.add(0, "the");
                        add(roles, withThe, new Entry(a, "role", r));
                    }
                }
            }
        }
    }

    /** Reads a registry file (format: data/actors.json). */
    public static ActorRegistry load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor registry " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The registry users edit: `data/actors.json` under -Dslant.home (the launcher sets it), else under
     * -Dslant.project.dir or the working directory (or its parent); the copy on the classpath when none exists.
     * Loaded once per JVM.
     */
    public static ActorRegistry defaults() {
        ActorRegistry r = defaults;
        if (r == null) {
            synchronized (ActorRegistry.class) {
                r = defaults;
                if (r == null) {
                    r = locateDefault();
                    defaults = r;
                }
            }
        }
        return r;
    }

    private static ActorRegistry locateDefault() {
        List<Path> candidates = new ArrayList<>();
        for (String prop : new String[]{"slant.home", "slant.project.dir"}) {
            String v = System.getProperty(prop);
            if (v != null) {
                candidates.add(Paths.get(v, "data", "actors.json"));
            }
        }
        candidates.add(Paths.get("data", "actors.json"));
        candidates.add(Paths.get("..", "data", "actors.json"));
        for (Path c : candidates) {
            if (Files.isRegularFile(c)) {
                return load(c);
            }
        }
        return classpathCopy();
    }

    /** The registry bundled in the jar: data/actors.json, copied in by the models build (models/pom.xml). */
    public static ActorRegistry classpathCopy() {
        try (InputStream in = ActorRegistry.class.getResourceAsStream(CLASSPATH_COPY)) {
            if (in == null) {
                throw new IllegalStateException("no actor registry on the classpath at " + CLASSPATH_COPY);
            }
            return parse(in, "classpath:" + CLASSPATH_COPY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ActorRegistry parse(InputStream in, String origin) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        JsonNode list = root.isArray() ? root : root.path("actors");
        List<Actor> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : list) {
            i++;
            String id = text(n, "id");
            String name = text(n, "name");
            if (id == null || name == null) {
                throw new IllegalArgumentException(origin + ": actor #" + i + " needs an id and a name");
            }
            List<Role> roles = new ArrayList<>();
            for (JsonNode r : n.path("roles")) {
                roles.add(new Role(strings(r.path("titles")), date(r, "from", origin), date(r, "to", origin)));
            }
            String type = Optional.ofNullable(text(n, "type")).orElse("person");
            out.add(new Actor(id, name, type.startsWith("org") ? "organisation" : type, text(n, "gender"),
                    strings(n.path("aliases")), strings(n.path("metonyms")), roles));
        }
        return new ActorRegistry(out, origin);
    }

    public List<Actor> actors() {
        return actors;
    }

    public String origin() {
        return origin;
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Every mention of a registered actor in `text`, left to right, longest match first, not overlapping. Roles are
     * resolved for `date` (null: current holders); a title followed by a capitalised name (`Secretary of State Antony
     * Blinken`) or preceded by `former` is not a mention of the role's holder. A metonym after a first name (`Kerry
     * Washington`) is a person's surname, there and in the rest of the text.
     */
    public List<ActorMatch> find(String text, LocalDate date) {
        List<WordTokens.Tok> toks = WordTokens.split(text);
        List<ActorMatch> out = new ArrayList<>();
        java.util.Set<String> surnames = new java.util.HashSet<>(); // metonyms the text uses as a person's surname
        int i = 0;
        while (i < toks.size()) {
            Hit name = longest(names, toks, i, false, null);
            Hit role = longest(roles, toks, i, true, date);
            if (role != null && (name == null || role.length > name.length)) {
                if (isTitleOfName(toks, i, role.length) || isBlocked(toks, i)) {
                    i++;
                    continue;
                }
                out.add(match(text, toks, i, role));
                i += role.length;
            } else if (name != null) {
                if (name.entry.method.equals("metonym")) {
                    String surface = text.substring(toks.get(i).start(), toks.get(i + name.length - 1).end());
                    boolean longerName = isTitleOfName(toks, i, name.length);
                    if (!longerName && afterFirstName(toks, i)) {
                        surnames.add(surface);
                    }
                    if (longerName || surnames.contains(surface)) {
                        // `the Washington Post`, `Moscow State University`: a longer name, not the place; `Kerry
                        // Washington` and then `Washington, star of "Scandal,"`: a person's surname
                        i += name.length;
                        continue;
                    }
                }
                out.add(match(text, toks, i, name));
                i += name.length;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The actor a name form refers to (`Peskov`, `Mr. Putin`, `the Kremlin`), case-sensitive first. */
    public Optional<Actor> resolveName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        List<String> w = WordTokens.words(name.trim());
        Entry e = exact(names, w, false);
        if (e == null && !w.isEmpty() && w.get(0).equalsIgnoreCase("the")) {
            e = exact(names, w.subList(1, w.size()), false);
        }
        return e == null || !e.method.equals("name") ? Optional.empty() : Optional.of(e.actor);
    }

    /** The holder of a role title on a date (`The Secretary of State`, 2021-12-07 → Antony Blinken). */
    public Optional<Actor> resolveRole(String roleText, LocalDate date) {
        if (roleText == null || roleText.isBlank()) {
            return Optional.empty();
        }
        List<String> w = lower(WordTokens.words(roleText.trim()));
        Node n = roles;
        for (String s : w) {
            n = n.children.get(s);
            if (n == null) {
                return Optional.empty();
            }
        }
        for (Entry e : n.entries) {
            if (e.role.heldOn(date)) {
                return Optional.of(e.actor);
            }
        }
        return Optional.empty();
    }

    /** The metonym's body (`Moscow` → Kremlin); only for subjects of reporting verbs. */
    public Optional<Actor> resolveMetonym(String word) {
        Entry e = exact(names, WordTokens.words(word), false);
        return e == null || !e.method.equals("metonym") ? Optional.empty() : Optional.of(e.actor);
    }

    private static ActorMatch match(String text, List<WordTokens.Tok> toks, int i, Hit h) {
        int s = toks.get(i).start();
        int e = toks.get(i + h.length - 1).end();
        return new ActorMatch(h.entry.actor.id(), h.entry.actor.name(), s, e, text.substring(s, e), h.entry.method);
    }

    private static boolean isTitleOfName(List<WordTokens.Tok> toks, int i, int len) {
        int next = i + len;
        if (next >= toks.size()) {
            return false;
        }
        String w = toks.get(next).text();
        // `Secretary of State Antony Blinken`; a comma (`the Kremlin spokesman, Dmitry Peskov`) keeps the role.
        return Character.isUpperCase(w.charAt(0)) && w.length() > 1 && !w.equals("I")
                && toks.get(next).start() - toks.get(next - 1).end() <= 1;
    }

    /**
     * The token before i is a capitalised word that could be a first name (`Kerry Washington`), not a preposition,
     * article or sentence adverb (`In Washington`, `Meanwhile Moscow`).
     */
    private static boolean afterFirstName(List<WordTokens.Tok> toks, int i) {
        if (i == 0) {
            return false;
        }
        WordTokens.Tok prev = toks.get(i - 1);
        String w = prev.text();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars()
                .allMatch(Character::isLowerCase) && !NOT_FIRST_NAMES.contains(w)
                && toks.get(i).start() - prev.end() == 1;
    }

    /** Capitalised words before a place that are not a first name. */
    private static final java.util.Set<String> NOT_FIRST_NAMES = java.util.Set.of("The", "In", "At", "From", "To",
            "For", "Of", "On", "And", "But", "Or", "As", "With", "By", "Into", "Inside", "Outside", "Across", "Beyond",
            "Around", "Like", "Unlike", "While", "When", "If", "Both", "Neither", "Nor", "Meanwhile", "Today", "Official",
            "Greater", "Downtown", "Central", "Northern", "Southern", "Eastern", "Western", "Old", "New", "Said", "Without",
            "About", "After", "Before", "Since", "Then", "Now", "So", "Yet", "Still", "Even", "Only", "Also", "Because",
            "Although", "Though", "Through", "Throughout", "Between", "Against", "Toward", "Towards", "Under", "Over",
            "Until", "Within", "Where", "Why", "How", "What", "Who", "That", "This", "Whether", "Here", "There", "Near",
            "Via", "Tell", "Told", "Let", "Blame", "Did", "Does", "Do", "Will", "Would", "Can", "Could", "Should",
            "Has", "Have", "Had", "Is", "Was", "Are", "Were", "Not", "No", "Yes", "Dear");
    private static boolean isBlocked(List<WordTokens.Tok> toks, int i) {
        int prev = i - 1;
        if (prev >= 0 && toks.get(prev).text().equals("-")) {
            prev--;
        }
        if (prev < 0) {
            return false;
        }
        String w = toks.get(prev).text().toLowerCase(Locale.ROOT);
        for (String b : TITLE_BLOCKERS) {
            if (w.equals(b)) {
                return true;
            }
        }
        return false;
    }

    private static Hit longest(Node root, List<WordTokens.Tok> toks, int i, boolean lower, LocalDate date) {
        Node n = root;
        Hit best = null;
        for (int j = i; j < toks.size(); j++) {
            String w = toks.get(j).text();
            n = n.children.get(lower ? w.toLowerCase(Locale.ROOT) : w);
            if (n == null) {
                break;
            }
            for (Entry e : n.entries) {
                if (e.role == null || e.role.heldOn(date)) {
                    best = new Hit(e, j - i + 1);
                    break;
                }
            }
        }
        return best;
    }

    private static Entry exact(Node root, List<String> words, boolean lower) {
        Node n = root;
        for (String w : words) {
            n = n.children.get(lower ? w.toLowerCase(Locale.ROOT) : w);
            if (n == null) {
                return null;
            }
        }
        return n.entries.isEmpty() ? null : n.entries.get(0);
    }

    private static List<String> nameForms(Actor a) {
        List<String> forms = new ArrayList<>();
        forms.add(a.name());
        forms.addAll(a.aliases());
        if (a.isPerson()) {
            List<String> honorifics = "female".equals(a.gender()) ? List.of("Ms.", "Ms", "Mrs.", "Mrs")
                    : "male".equals(a.gender()) ? List.of("Mr.", "Mr") : List.of();
            for (String alias : List.copyOf(forms)) {
                if (!alias.contains(" ")) {
                    for (String h : honorifics) {
                        forms.add(h + " " + alias);
                    }
                }
            }
        }
        return forms;
    }

    private static void add(Node root, List<String> words, Entry e) {
        if (words.isEmpty()) {
            return;
        }
        Node n = root;
        for (String w : words) {
            n = n.children.computeIfAbsent(w, k -> new Node());
        }
        for (Entry old : n.entries) {
            if (old.actor == e.actor && old.role == e.role) {
                return;
            }
        }
        n.entries.add(e);
    }

    private static List<String> lower(List<String> w) {
        List<String> out = new ArrayList<>(w.size());
        for (String s : w) {
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode arr) {
        if (arr == null || !arr.isArray()) {
            return Collections.emptyList();
        }
        List<String> out = new ArrayList<>();
        arr.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static LocalDate date(JsonNode n, String field, String origin) {
        String v = text(n, field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(origin + ": bad date '" + v + "' in " + n);
        }
    }

    private static final class Node implements Serializable {
        final Map<String, Node> children = new HashMap<>();
        final List<Entry> entries = new ArrayList<>(1);
    }

    private record Entry(Actor actor, String method, Role role) implements Serializable {
    }

    private record Hit(Entry entry, int length) {
    }
}
