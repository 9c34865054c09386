package io.quire.platform.replay.infrastructure;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Calls a projection's event handlers directly, outside any processor, with the parameter resolution and handler
 * enhancers Axon gives them in their processor ({@code @Timestamp}, {@code @MetaDataValue}, {@code @DisallowReplay},
 * savepoints). Live projections are their own singleton beans; a candidate is a prototype, so each use gets a fresh
 * instance.
 */
@Component
public class ProjectionHandlers {

    private final BeanFactory beans;
    private final ObjectProvider<Configuration> axon;

    public ProjectionHandlers(BeanFactory beans, ObjectProvider<Configuration> axon) {
        this.beans = beans;
        this.axon = axon;
    }

    /** The handlers of these beans, ready to be given events. */
    public Handlers of(List<String> beanNames) {
        Configuration configuration = axon.getObject();
        return new Handlers(beanNames.stream().map(name -> {
            Object bean = beans.getBean(name);
            return new AnnotationEventHandlerAdapter(bean, configuration.parameterResolverFactory(),
                    configuration.handlerDefinition(bean.getClass()));
        }).toList());
    }

    /** A fixed set of handlers; each event goes to every handler that takes it, in a unit of work of its own. */
    public static final class Handlers {

        private final List<AnnotationEventHandlerAdapter> adapters;

        private Handlers(List<AnnotationEventHandlerAdapter> adapters) {
            this.adapters = adapters;
        }

        public void handle(EventMessage<?> event) {
            for (AnnotationEventHandlerAdapter adapter : adapters) {
                if (!adapter.canHandle(event)) {
                    continue;
                }
                ResultMessage<?> result = DefaultUnitOfWork.startAndGet(event)
                        .executeWithResult(() -> adapter.handle(event));
                if (result.isExceptional()) {
                    Throwable failure = result.exceptionResult();
                    throw failure instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException("A handler failed on " + event.getPayloadType().getName(),
                            failure);
                }
            }
        }
    }
}
