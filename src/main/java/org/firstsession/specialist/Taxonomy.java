package org.firstsession.specialist;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fixed vocabulary of specialties and therapy approaches. Codes are stable identifiers stored in
 * profiles and used as directory filters; labels are for display. Served at {@code GET /api/taxonomy}.
 */
public final class Taxonomy {

    public record Term(String code, String label) {
    }

    public static final List<Term> SPECIALTIES = List.of(
            new Term("anxiety", "Anxiety"),
            new Term("depression", "Depression"),
            new Term("trauma-ptsd", "Trauma and PTSD"),
            new Term("relationships", "Relationships"),
            new Term("grief-loss", "Grief and loss"),
            new Term("stress-burnout", "Stress and burnout"),
            new Term("eating-disorders", "Eating disorders"),
            new Term("addiction", "Addiction"),
            new Term("ocd", "Obsessive-compulsive disorder (OCD)"),
            new Term("adhd", "ADHD"),
            new Term("bipolar-disorder", "Bipolar disorder"),
            new Term("self-esteem", "Self-esteem"),
            new Term("sleep", "Sleep problems"),
            new Term("parenting-family", "Parenting and family"),
            new Term("lgbtq", "LGBTQ+ issues"),
            new Term("life-transitions", "Life transitions"),
            new Term("anger-management", "Anger management"),
            new Term("perinatal", "Perinatal mental health"),
            new Term("chronic-illness", "Chronic illness and pain"),
            new Term("panic-phobias", "Panic and phobias"));

    public static final List<Term> APPROACHES = List.of(
            new Term("cbt", "Cognitive behavioural therapy (CBT)"),
            new Term("dbt", "Dialectical behaviour therapy (DBT)"),
            new Term("act", "Acceptance and commitment therapy (ACT)"),
            new Term("emdr", "EMDR"),
            new Term("psychodynamic", "Psychodynamic therapy"),
            new Term("psychoanalytic", "Psychoanalytic therapy"),
            new Term("person-centred", "Person-centred therapy"),
            new Term("systemic", "Systemic therapy"),
            new Term("schema-therapy", "Schema therapy"),
            new Term("mindfulness-based", "Mindfulness-based therapy"),
            new Term("solution-focused", "Solution-focused brief therapy"),
            new Term("gestalt", "Gestalt therapy"),
            new Term("integrative", "Integrative therapy"),
            new Term("compassion-focused", "Compassion-focused therapy"),
            new Term("art-therapy", "Art therapy"),
            new Term("couples-therapy", "Couples therapy"));

    private static final Set<String> SPECIALTY_CODES = codes(SPECIALTIES);
    private static final Set<String> APPROACH_CODES = codes(APPROACHES);

    private Taxonomy() {
    }

    public static boolean isSpecialty(String code) {
        return SPECIALTY_CODES.contains(code);
    }

    public static boolean isApproach(String code) {
        return APPROACH_CODES.contains(code);
    }

    private static Set<String> codes(List<Term> terms) {
        return terms.stream().map(Term::code).collect(Collectors.toUnmodifiableSet());
    }
}
