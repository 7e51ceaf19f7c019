package org.readout.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readout.ReadoutException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The raw content of one or more actor YAML files, merged in order: a later file adds entries and
 * replaces entries with the same id (whole entries, not field by field), extends the phrase lists
 * ({@code groups}, {@code pronouns}, {@code ignore}, {@code templates}) and adds titles to roles.
 * Mutable, single-threaded; {@link ActorDictionary} turns it into an immutable index.
 */
final class DictionaryData {
  /** role id → default titles. */
  final Map<String, List<String>> roleTitles = new LinkedHashMap<>();
  final Map<String, List<String>> honorifics = new LinkedHashMap<>();
  final Map<String, List<String>> templates = new LinkedHashMap<>();
  final List<String> ownRoles = new ArrayList<>();
  final List<GroupSpec> groups = new ArrayList<>();
  final Map<String, List<String>> pronouns = new LinkedHashMap<>();
  final List<String> ignore = new ArrayList<>();
  /** id → entry, across all sections, in file order. */
  final Map<String, EntrySpec> entries = new LinkedHashMap<>();

  record GroupSpec(String refers, int count, List<String> phrases) {
  }

  /**
   * One dictionary entry as written. {@code titles} maps a role id to extra titles (for a state or
   * organisation: titles its offices carry; for a person: titles put before their name), and
   * {@code replaceTitles} maps a role id to titles replacing the role's defaults (the UK head of state
   * is the King, never "President"), {@code rolePhrases} maps a role id to self-qualifying phrases ({@code Kremlin spokesman}).
   */
  record EntrySpec(String id, ActorType type, String name, String entity, List<String> aliases,
                   List<String> adjectives, List<String> metonyms, List<String> surnames,
                   List<RoleTerm> roles, String gender, List<String> contested, String note,
                   String leader, Map<String, List<String>> titles, Map<String, List<String>> replaceTitles,
                   Map<String, List<String>> rolePhrases) {
  }

  static DictionaryData bundled() {
    DictionaryData d = new DictionaryData();
    String res = "actors.yaml";
    try (InputStream in = DictionaryData.class.getResourceAsStream(res)) {
      if (in == null) {
        throw new IllegalStateException("bundled actor dictionary missing: org/readout/actors/" + res);
      }
      d.merge(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled actors.yaml");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled actor dictionary", e);
    }
    return d;
  }

  void mergeFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ReadoutException("actors file " + file + ": no such file");
    } catch (IOException e) {
      throw new ReadoutException("actors file " + file + ": cannot read (" + e.getMessage() + ")",
          ReadoutException.IO_FAILURE, e);
    }
    merge(text, file.toString());
  }

  void merge(String yamlText, String source) {
    Object root;
    try (Reader r = new StringReader(yamlText)) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      root = new Yaml(new SafeConstructor(options)).load(r);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new ReadoutException("actors file " + source + ": line " + line + ": " + e.getProblem());
    } catch (YAMLException | IOException e) {
      throw new ReadoutException("actors file " + source + ": " + e.getMessage());
    }
    if (root == null) {
      return;
    }
    Map<String, Object> top = map(root, source, "top level");
    for (Map.Entry<String, Object> e : top.entrySet()) {
      String key = e.getKey();
      Object v = e.getValue();
      switch (key) {
        case "version" -> { }
        case "roles" -> map(v, source, "roles").forEach((role, spec) ->
            roleTitles.computeIfAbsent(role, k -> new ArrayList<>())
                .addAll(strings(map(spec, source, "roles." + role).get("titles"), source, "roles." + role + ".titles")));
        case "honorifics" -> map(v, source, "honorifics").forEach((g, list) ->
            honorifics.computeIfAbsent(g, k -> new ArrayList<>()).addAll(strings(list, source, "honorifics." + g)));
        case "templates" -> map(v, source, "templates").forEach((g, list) ->
            templates.computeIfAbsent(g, k -> new ArrayList<>()).addAll(strings(list, source, "templates." + g)));
        case "own-roles" -> ownRoles.addAll(strings(v, source, "own-roles"));
        case "pronouns" -> map(v, source, "pronouns").forEach((g, list) ->
            pronouns.computeIfAbsent(g, k -> new ArrayList<>()).addAll(strings(list, source, "pronouns." + g)));
        case "ignore" -> ignore.addAll(strings(v, source, "ignore"));
        case "groups" -> {
          for (Object o : list(v, source, "groups")) {
            Map<String, Object> g = map(o, source, "groups entry");
            String refers = str(g.get("refers"), source, "groups.refers");
            if (!refers.equals("leaders") && !refers.equals("sides")) {
              throw new ReadoutException("actors file " + source + ": groups.refers must be leaders or sides, not " + refers);
            }
            Object count = g.get("count");
            if (count != null && !(count instanceof Integer)) {
              throw new ReadoutException("actors file " + source + ": groups.count must be a whole number, not " + count);
            }
            groups.add(new GroupSpec(refers, count == null ? 0 : (Integer) count,
                strings(g.get("phrases"), source, "groups.phrases")));
          }
        }
        case "states" -> entries(v, ActorType.STATE, source);
        case "organisations", "organizations" -> entries(v, ActorType.ORGANISATION, source);
        case "regions" -> entries(v, ActorType.REGION, source);
        case "persons", "people" -> entries(v, ActorType.PERSON, source);
        case "agreements" -> entries(v, ActorType.AGREEMENT, source);
        case "formats" -> entries(v, ActorType.FORMAT, source);
        default -> throw new ReadoutException("actors file " + source + ": unknown section '" + key
            + "' (valid: version, roles, honorifics, templates, own-roles, groups, pronouns, ignore, states, "
            + "organisations, regions, persons, agreements, formats)");
      }
    }
  }

  private void entries(Object v, ActorType type, String source) {
    for (Object o : list(v, source, type.id() + " list")) {
      Map<String, Object> m = map(o, source, type.id() + " entry");
      String id = str(m.get("id"), source, type.id() + " entry without id");
      String where = type.id() + " " + id;
      String name = m.containsKey("name") ? str(m.get("name"), source, where + ".name") : id;
      String entity = switch (type) {
        case STATE, ORGANISATION -> id;
        case REGION -> str(m.get("state"), source, where + ".state");
        case PERSON -> m.containsKey("state") ? str(m.get("state"), source, where + ".state") : "";
        default -> m.containsKey("entity") ? str(m.get("entity"), source, where + ".entity") : "";
      };
      List<RoleTerm> roles = new ArrayList<>();
      for (Object r : list(m.getOrDefault("roles", List.of()), source, where + ".roles")) {
        Map<String, Object> rm = map(r, source, where + ".roles entry");
        LocalDate from = date(rm.get("from"), source, where + ".roles.from");
        LocalDate to = date(rm.get("to"), source, where + ".roles.to");
        if (from != null && to != null && to.isBefore(from)) {
          throw new ReadoutException("actors file " + source + ": " + where + ": role ends before it starts");
        }
        roles.add(new RoleTerm(str(rm.get("role"), source, where + ".roles.role"),
            str(rm.get("of"), source, where + ".roles.of"), from, to,
            rm.containsKey("title") ? str(rm.get("title"), source, where + ".roles.title") : ""));
      }
      if (type == ActorType.PERSON && entity.isEmpty()) {
        entity = roles.isEmpty() ? "" : roles.get(0).of();
      }
      List<String> metonyms = new ArrayList<>(strings(m.get("metonyms"), source, where + ".metonyms"));
      if (m.containsKey("capital")) {
        metonyms.add(0, str(m.get("capital"), source, where + ".capital"));
      }
      for (Object cap : list(m.getOrDefault("capitals", List.of()), source, where + ".capitals")) {
        metonyms.add(str(cap, source, where + ".capitals"));
      }
      String gender = m.containsKey("gender") ? str(m.get("gender"), source, where + ".gender").toLowerCase(Locale.ROOT) : "";
      if (!gender.isEmpty() && !gender.equals("male") && !gender.equals("female")) {
        throw new ReadoutException("actors file " + source + ": " + where + ": gender must be male or female");
      }
      entries.put(id, new EntrySpec(id, type, name, entity,
          strings(m.get("aliases"), source, where + ".aliases"),
          strings(m.get("adjectives"), source, where + ".adjectives"),
          metonyms,
          strings(m.get("surnames"), source, where + ".surnames"),
          roles, gender,
          strings(m.get("contested"), source, where + ".contested"),
          m.containsKey("note") ? str(m.get("note"), source, where + ".note") : "",
          m.containsKey("leader") ? str(m.get("leader"), source, where + ".leader") : "head-of-state",
          stringLists(m.get("titles"), source, where + ".titles"),
          stringLists(m.get("replace-titles"), source, where + ".replace-titles"),
          stringLists(m.get("role-phrases"), source, where + ".role-phrases")));
    }
  }

  private static Map<String, List<String>> stringLists(Object v, String source, String where) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (v == null) {
      return out;
    }
    if (v instanceof List<?>) {
      // A plain list of titles (persons): the key "" means "any role".
      out.put("", strings(v, source, where));
      return out;
    }
    map(v, source, where).forEach((k, list) -> out.put(k, strings(list, source, where + "." + k)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object v, String source, String where) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.put(String.valueOf(e.getKey()), e.getValue());
      }
      return out;
    }
    throw new ReadoutException("actors file " + source + ": " + where + " must be a mapping");
  }

  private static List<?> list(Object v, String source, String where) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l) {
      return l;
    }
    throw new ReadoutException("actors file " + source + ": " + where + " must be a list");
  }

  private static List<String> strings(Object v, String source, String where) {
    List<String> out = new ArrayList<>();
    for (Object o : list(v, source, where)) {
      out.add(str(o, source, where));
    }
    return out;
  }

  private static String str(Object v, String source, String where) {
    if (v == null) {
      throw new ReadoutException("actors file " + source + ": " + where + " is missing");
    }
    if (v instanceof Map<?, ?> || v instanceof List<?>) {
      throw new ReadoutException("actors file " + source + ": " + where + " must be a string");
    }
    String s = String.valueOf(v).strip();
    if (s.isEmpty()) {
      throw new ReadoutException("actors file " + source + ": " + where + " is empty");
    }
    return s;
  }

  private static LocalDate date(Object v, String source, String where) {
    if (v == null) {
      return null;
    }
    if (v instanceof Date d) {
      // SnakeYAML reads an unquoted 2021-01-20 as a timestamp at UTC midnight.
      return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    try {
      return LocalDate.parse(String.valueOf(v).strip());
    } catch (DateTimeParseException e) {
      throw new ReadoutException("actors file " + source + ": " + where + ": not an ISO date (YYYY-MM-DD): " + v);
    }
  }
}
