package io.quire.command.decision;

import io.quire.command.shared.InvalidInputException;
import io.quire.command.shared.TextRules;
import io.quire.contracts.decision.ProposeDecisionCommand;
import io.quire.contracts.page.PageId;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A proposal whose own fields keep the rules, with what it left out filled in: no context is an empty one, no pages
 * is an empty list, and no quorum means every approver.
 */
record ValidProposal(String context, List<PageId> pageIds, int quorum) {

    static final int MAX_OPTIONS = 20;
    static final int MAX_PAGES = 50;
    static final int MAX_APPROVERS = 20;
    private static final Pattern PRINCIPAL =
            Pattern.compile("key:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    static ValidProposal of(ProposeDecisionCommand command) {
        TextRules.requireTitle("title", command.title());
        String context = TextRules.requireBody("context", command.context());
        requireOptions(command.options(), command.chosenOption());
        List<PageId> pageIds = requirePages(command.pageIds());
        requireApprovers(command.approvers());
        int approvers = command.approvers().size();
        int quorum = command.quorum() == null ? approvers : command.quorum();
        if (quorum < 1 || quorum > approvers) {
            throw new InvalidInputException("quorum", "quorum must be from 1 to the number of approvers, " + approvers);
        }
        return new ValidProposal(context, pageIds, quorum);
    }

    private static void requireOptions(List<String> options, String chosen) {
        if (options == null || options.isEmpty() || options.size() > MAX_OPTIONS) {
            throw new InvalidInputException("options", "options must list 1 to " + MAX_OPTIONS + " options");
        }
        options.forEach(option -> TextRules.requireTitle("options", option));
        if (chosen == null || !options.contains(chosen)) {
            throw new InvalidInputException("chosenOption", "chosenOption must be one of the options");
        }
    }

    private static List<PageId> requirePages(List<PageId> pageIds) {
        if (pageIds == null) {
            return List.of();
        }
        if (pageIds.size() > MAX_PAGES) {
            throw new InvalidInputException("pageIds", "pageIds may link at most " + MAX_PAGES + " pages");
        }
        if (pageIds.stream().anyMatch(Objects::isNull) || new HashSet<>(pageIds).size() != pageIds.size()) {
            throw new InvalidInputException("pageIds", "pageIds must name each page once");
        }
        return pageIds;
    }

    private static void requireApprovers(List<String> approvers) {
        if (approvers == null || approvers.isEmpty() || approvers.size() > MAX_APPROVERS) {
            throw new InvalidInputException("approvers", "approvers must list 1 to " + MAX_APPROVERS + " principals");
        }
        if (!approvers.stream().allMatch(approver -> approver != null && PRINCIPAL.matcher(approver).matches())) {
            throw new InvalidInputException("approvers", "approvers must be principal ids such as key:<uuid>");
        }
        if (new HashSet<>(approvers).size() != approvers.size()) {
            throw new InvalidInputException("approvers", "approvers must name each principal once");
        }
    }
}
