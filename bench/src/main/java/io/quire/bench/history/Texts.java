package io.quire.bench.history;

import java.util.SplittableRandom;

/**
 * Titles and Markdown bodies made of ordinary English words, so that full-text search over a generated history
 * meets a realistic vocabulary: a few hundred common words, a handful of rare ones.
 */
final class Texts {

    /** Words that appear in many pages. */
    static final String[] COMMON = ("""
            account action agenda analysis answer api approach archive audit backlog baseline batch billing budget
            build cache capacity change checklist client cluster code comment commit config contract cost customer
            dashboard data database deadline decision defect delivery demo deploy design detail diagram draft
            estimate event experiment feature feedback finding fix flow forecast goal growth guide handover idea
            impact incident index input insight interview invoice issue iteration journal kickoff latency launch
            lead lesson limit load log meeting memo metric migration milestone model module monitor note notebook
            onboarding option order outage owner page partner payment plan platform policy priority process product
            project proposal prototype query queue quota rate reader release report request requirement research
            retro review risk roadmap rollout runbook sample schedule schema scope search security server service
            session signal sketch sprint stage standup status step storage story strategy summary support survey
            system target task team template test ticket timeline topic trace traffic trial update usage user
            version vendor workflow workshop""").trim().split("\\s+");

    /** Words that appear in few pages, for selective searches. */
    static final String[] RARE = ("""
            aurora basalt cobalt dune ember fjord glacier harbor iris juniper krypton lagoon meadow nebula
            obsidian prairie quartz riverbed sierra tundra umber vortex willow xenon yarrow zephyr""")
            .trim().split("\\s+");

    private final SplittableRandom random;

    Texts(SplittableRandom random) {
        this.random = random;
    }

    String title() {
        int words = 2 + random.nextInt(4);
        StringBuilder title = new StringBuilder(40);
        for (int i = 0; i < words; i++) {
            String word = word();
            if (i == 0) {
                title.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                title.append(' ').append(word);
            }
        }
        return title.toString();
    }

    /** A Markdown body of one to three paragraphs, around 600 characters on average. */
    String body(String title) {
        StringBuilder body = new StringBuilder(900).append("# ").append(title).append("\n\n");
        int paragraphs = 1 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            int words = 20 + random.nextInt(60);
            for (int w = 0; w < words; w++) {
                body.append(w == 0 ? "" : " ").append(word());
            }
            body.append(".\n\n");
        }
        if (random.nextInt(4) == 0) {
            body.append("- [ ] ").append(word()).append(' ').append(word()).append('\n');
        }
        return body.toString();
    }

    String word() {
        return random.nextInt(200) == 0 ? RARE[random.nextInt(RARE.length)] : COMMON[random.nextInt(COMMON.length)];
    }
}
