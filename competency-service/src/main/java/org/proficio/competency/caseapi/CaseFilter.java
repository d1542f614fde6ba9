package org.proficio.competency.caseapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A {@code filter} of the 1EdTech REST bindings, parsed: predicates {@code field op 'value'} with the operators
 * {@code = != > >= < <= ~} ({@code ~} = contains, ignoring case), joined by {@code AND} and {@code OR} ({@code AND}
 * binds tighter). Example: {@code title~'math' AND lastChangeDateTime>'2018-01-01'}. A predicate on a list field holds
 * when it holds for one of its elements ({@code !=}: for none); on a missing field only {@code !=} holds.
 */
final class CaseFilter {

    /** The comparison of one predicate. */
    enum Operator {
        NOT_EQUAL("!="),
        GREATER_OR_EQUAL(">="),
        LESS_OR_EQUAL("<="),
        EQUAL("="),
        GREATER(">"),
        LESS("<"),
        CONTAINS("~");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        boolean holds(String actual, String expected) {
            return switch (this) {
                case CONTAINS -> actual.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT));
                case EQUAL, NOT_EQUAL -> FieldValues.compare(actual, expected) == 0;
                case GREATER -> FieldValues.compare(actual, expected) > 0;
                case GREATER_OR_EQUAL -> FieldValues.compare(actual, expected) >= 0;
                case LESS -> FieldValues.compare(actual, expected) < 0;
                case LESS_OR_EQUAL -> FieldValues.compare(actual, expected) <= 0;
            };
        }
    }

    /** One {@code field op 'value'}. */
    record Condition(String field, Operator operator, String value) implements Predicate<JsonNode> {
        @Override
        public boolean test(JsonNode object) {
            List<String> actual = FieldValues.at(object, field);
            if (operator == Operator.NOT_EQUAL) {
                return actual.stream().noneMatch(v -> Operator.EQUAL.holds(v, value));
            }
            return actual.stream().anyMatch(v -> operator.holds(v, value));
        }
    }

    /** Alternatives (OR) of conjunctions (AND) of conditions. */
    private final List<List<Condition>> alternatives;

    private CaseFilter(List<List<Condition>> alternatives) {
        this.alternatives = alternatives;
    }

    List<List<Condition>> alternatives() {
        return alternatives;
    }

    boolean matches(JsonNode object) {
        return alternatives.stream().anyMatch(all -> all.stream().allMatch(c -> c.test(object)));
    }

    /**
     * Parses a filter; a malformed one, or one naming a field outside {@code known}, is a 400 with
     * {@code invalid_filter_field}.
     */
    static CaseFilter parse(String text, Predicate<String> known) {
        return new Parser(text, known).parse();
    }

    private static final class Parser {
        private final String text;
        private final Predicate<String> known;
        private int at;

        Parser(String text, Predicate<String> known) {
            this.text = text;
            this.known = known;
        }

        CaseFilter parse() {
            List<List<Condition>> alternatives = new ArrayList<>();
            List<Condition> conjunction = new ArrayList<>();
            conjunction.add(condition());
            while (true) {
                boolean spaced = skipSpaces();
                if (at == text.length()) {
                    break;
                }
                String logical = spaced ? word() : "";
                if (logical.equalsIgnoreCase("AND")) {
                    conjunction.add(condition());
                } else if (logical.equalsIgnoreCase("OR")) {
                    alternatives.add(conjunction);
                    conjunction = new ArrayList<>();
                    conjunction.add(condition());
                } else {
                    throw fail("expected AND or OR after a condition");
                }
            }
            alternatives.add(conjunction);
            return new CaseFilter(
                    List.copyOf(alternatives.stream().map(List::copyOf).toList()));
        }

        private Condition condition() {
            skipSpaces();
            int start = at;
            while (at < text.length()
                    && (Character.isLetterOrDigit(text.charAt(at))
                            || text.charAt(at) == '.'
                            || text.charAt(at) == '_')) {
                at++;
            }
            String field = text.substring(start, at);
            if (field.isEmpty()) {
                throw fail("expected a field name");
            }
            if (!known.test(field)) {
                throw CaseApiException.invalidFilter(
                        "The filter names '" + field + "', which is not a field that can" + " be filtered on.");
            }
            skipSpaces();
            Operator operator = operator();
            skipSpaces();
            return new Condition(field, operator, quoted());
        }

        private Operator operator() {
            for (Operator candidate : Operator.values()) {
                if (text.startsWith(candidate.symbol, at)) {
                    at += candidate.symbol.length();
                    return candidate;
                }
            }
            throw fail("expected one of = != > >= < <= ~");
        }

        /** A value in single quotes; a quote inside it is written twice. */
        private String quoted() {
            if (at == text.length() || text.charAt(at) != '\'') {
                throw fail("expected a value in single quotes");
            }
            StringBuilder value = new StringBuilder();
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c != '\'') {
                    value.append(c);
                } else if (at < text.length() && text.charAt(at) == '\'') {
                    value.append('\'');
                    at++;
                } else {
                    return value.toString();
                }
            }
            throw fail("a value is missing its closing quote");
        }

        private String word() {
            int start = at;
            while (at < text.length() && Character.isLetter(text.charAt(at))) {
                at++;
            }
            String word = text.substring(start, at);
            if (!word.isEmpty() && (at == text.length() || !Character.isWhitespace(text.charAt(at)))) {
                throw fail("expected a space after " + word);
            }
            return word;
        }

        private boolean skipSpaces() {
            int start = at;
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at > start;
        }

        private CaseApiException fail(String what) {
            return CaseApiException.invalidFilter("The filter is malformed at position " + (at + 1) + ": " + what
                    + ". Example: title~'math' AND" + " lastChangeDateTime>'2018-01-01'.");
        }
    }
}
