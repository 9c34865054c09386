package io.quire.platform.replay.application;

import io.quire.query.shared.ProjectionCandidate;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.modelling.saga.AbstractSagaManager;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds every processing group and candidate projection from what the application holds, never from a list: the
 * event processors Axon runs, and the beans annotated {@code @ProcessingGroup} (with {@code @ReadModel} naming their
 * tables) or {@code @ProjectionCandidate}. A new projection is replayable the moment it exists.
 */
@Component
public class ProjectionCatalog {

    private static final String SAGA = "it is a saga; sagas act on the outside world and are never replayed";

    private final EventProcessingConfiguration processing;
    private final ConfigurableListableBeanFactory beans;
    private volatile Map<String, ProjectionGroup> groups;

    public ProjectionCatalog(EventProcessingConfiguration processing, ConfigurableListableBeanFactory beans) {
        this.processing = processing;
        this.beans = beans;
    }

    /** Every processing group a streaming processor runs, by name. */
    public List<ProjectionGroup> streamingGroups() {
        return groups().values().stream().filter(group -> !group.candidate() && group.streaming()).toList();
    }

    /** A processing group ({@code pages}) or a candidate ({@code pages@next}); unknown names throw a 404. */
    public ProjectionGroup group(String name) {
        ProjectionGroup group = name == null ? null : groups().get(name);
        if (group == null) {
            throw new UnknownProjection(name);
        }
        return group;
    }

    private Map<String, ProjectionGroup> groups() {
        Map<String, ProjectionGroup> known = groups;
        if (known == null) {
            known = discover();
            // Before Axon has built its processors there is nothing to remember yet.
            if (!processing.eventProcessors().isEmpty()) {
                groups = known;
            }
        }
        return known;
    }

    private Map<String, ProjectionGroup> discover() {
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        for (String bean : beans.getBeanDefinitionNames()) {
            BeanDefinition definition = beans.getBeanDefinition(bean);
            Class<?> type = definition.isAbstract() ? null : beans.getType(bean, false);
            if (type == null) {
                continue;
            }
            type = ClassUtils.getUserClass(type);
            ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class);
            ProjectionCandidate candidate = AnnotatedElementUtils.findMergedAnnotation(type, ProjectionCandidate.class);
            if (candidate != null) {
                candidates.computeIfAbsent(candidate.of() + "@" + candidate.name(), key -> new ArrayList<>()).add(bean);
            } else if (group != null) {
                members.computeIfAbsent(group.value(), key -> new ArrayList<>()).add(bean);
            }
        }
        Map<String, ProjectionGroup> found = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) ->
                found.put(name, live(name, processor, members.getOrDefault(name, List.of()))));
        candidates.forEach((name, beanNames) -> {
            String of = name.substring(0, name.indexOf('@'));
            found.put(name, candidate(name, found.get(of), members.getOrDefault(of, List.of()), beanNames));
        });
        return found;
    }

    private ProjectionGroup live(String name, EventProcessor processor, List<String> handlers) {
        boolean streaming = processor instanceof StreamingEventProcessor;
        List<String> tables = tablesOf(handlers);
        Optional<String> refusal;
        if (!streaming) {
            refusal = Optional.of("it runs in the transaction of the command that caused its events; it has no "
                    + "position to reset");
        } else if (processor instanceof AbstractEventProcessor running
                && running.eventHandlerInvoker() instanceof AbstractSagaManager) {
            refusal = Optional.of(SAGA);
        } else {
            refusal = refusal(handlers);
        }
        return new ProjectionGroup(name, name, handlers, tables, streaming, refusal);
    }

    /** The candidate's beans stand in for the live beans whose tables they write; the others take part as they are. */
    private ProjectionGroup candidate(String name, ProjectionGroup live, List<String> liveHandlers,
                                      List<String> candidateHandlers) {
        if (live == null) {
            return new ProjectionGroup(name, name, candidateHandlers, tablesOf(candidateHandlers), false,
                    Optional.of("there is no live processing group '" + name.substring(0, name.indexOf('@')) + "'"));
        }
        List<String> replaced = tablesOf(candidateHandlers);
        List<String> handlers = new ArrayList<>(candidateHandlers);
        liveHandlers.stream()
                .filter(bean -> HandlerClasses.tables(type(bean)).stream().noneMatch(replaced::contains))
                .forEach(handlers::add);
        Optional<String> refusal = live.refusal().or(() -> refusal(handlers));
        if (refusal.isEmpty() && !live.tables().containsAll(replaced)) {
            refusal = Optional.of("the candidate writes tables the live projection does not have: " + replaced);
        }
        return new ProjectionGroup(name, live.name(), handlers, live.tables(), live.streaming(), refusal);
    }

    private Optional<String> refusal(List<String> handlers) {
        if (handlers.isEmpty()) {
            return Optional.of("no handler beans belong to it");
        }
        long replaying = 0;
        for (String bean : handlers) {
            Class<?> type = type(bean);
            if (HandlerClasses.isSaga(type)) {
                return Optional.of(SAGA);
            }
            long handlersOfBean = HandlerClasses.replayingHandlers(type);
            replaying += handlersOfBean;
            if (handlersOfBean > 0 && HandlerClasses.tables(type).isEmpty()) {
                return Optional.of(type.getSimpleName() + " names no tables with @ReadModel");
            }
            if (handlersOfBean > 0 && !HandlerClasses.hasResetHandler(type)) {
                return Optional.of(type.getSimpleName() + " has no @ResetHandler to empty its tables");
            }
        }
        if (replaying == 0) {
            return Optional.of("every handler of it is @DisallowReplay: it acts on the outside world or sends "
                    + "commands");
        }
        return Optional.empty();
    }

    private List<String> tablesOf(List<String> handlers) {
        LinkedHashSet<String> tables = new LinkedHashSet<>();
        handlers.forEach(bean -> tables.addAll(HandlerClasses.tables(type(bean))));
        return List.copyOf(tables);
    }

    private Class<?> type(String bean) {
        return ClassUtils.getUserClass(beans.getType(bean, false));
    }
}
