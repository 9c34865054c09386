package io.quire.command.tenant;

import io.quire.command.shared.StateConflictException;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.tenant.ApiKeyId;
import io.quire.contracts.tenant.ApiKeyIssuedEvent;
import io.quire.contracts.tenant.ApiKeyRevokedEvent;
import io.quire.contracts.tenant.IssueApiKeyCommand;
import io.quire.contracts.tenant.ReactivateTenantCommand;
import io.quire.contracts.tenant.RegisterTenantCommand;
import io.quire.contracts.tenant.RevokeApiKeyCommand;
import io.quire.contracts.tenant.SuspendTenantCommand;
import io.quire.contracts.tenant.TenantReactivatedEvent;
import io.quire.contracts.tenant.TenantRegisteredEvent;
import io.quire.contracts.tenant.TenantSuspendedEvent;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.quire.command.support.Refusals.invalidInput;
import static io.quire.command.support.Refusals.notFound;

class TenantTest {

    private final AggregateTestFixture<Tenant> fixture = new AggregateTestFixture<>(Tenant.class);

    private final TenantId tenant = TenantId.random();
    private final ApiKeyId firstKey = ApiKeyId.random();
    private final ApiKeyId secondKey = ApiKeyId.random();

    private RegisterTenantCommand register(String name, String plan) {
        return new RegisterTenantCommand(tenant, name, plan, firstKey, "default", "qk_abc", "hash-1", null);
    }

    private Object[] registered() {
        return new Object[]{
                new TenantRegisteredEvent(tenant, "Acme", "team", null),
                new ApiKeyIssuedEvent(tenant, firstKey, "default", "qk_abc", "hash-1", null)
        };
    }

    @Test
    void registrationEmitsTheTenantAndThenItsFirstKey() {
        fixture.givenNoPriorActivity()
                .when(register("Acme", "team"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new TenantRegisteredEvent(tenant, "Acme", "team", null),
                        new ApiKeyIssuedEvent(tenant, firstKey, "default", "qk_abc", "hash-1", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"free", "team", "business"})
    void registrationAcceptsEachKnownPlan(String plan) {
        fixture.givenNoPriorActivity()
                .when(register("Acme", plan))
                .expectEvents(
                        new TenantRegisteredEvent(tenant, "Acme", plan, null),
                        new ApiKeyIssuedEvent(tenant, firstKey, "default", "qk_abc", "hash-1", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"enterprise", "Free", "", " free"})
    void rejectsRegistrationOnAnUnknownPlan(String plan) {
        fixture.givenNoPriorActivity()
                .when(register("Acme", plan))
                .expectException(invalidInput("plan"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void rejectsRegistrationWithABlankName(String name) {
        fixture.givenNoPriorActivity()
                .when(register(name, "free"))
                .expectException(invalidInput("name"))
                .expectNoEvents();
    }

    @Test
    void rejectsRegistrationWithoutAName() {
        fixture.givenNoPriorActivity()
                .when(register(null, "free"))
                .expectException(invalidInput("name"))
                .expectNoEvents();
    }

    @Test
    void rejectsRegistrationWhenTheFirstKeyNameIsBlank() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTenantCommand(tenant, "Acme", "free", firstKey, " ", "qk_abc", "hash-1", null))
                .expectException(invalidInput("keyName"))
                .expectNoEvents();
    }

    @Test
    void suspendingAnActiveTenantEmitsTenantSuspendedAtTheNextVersion() {
        fixture.given(registered())
                .when(new SuspendTenantCommand(tenant, "unpaid invoice"))
                .expectEvents(new TenantSuspendedEvent(tenant, "unpaid invoice"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void rejectsSuspendingATenantThatIsAlreadySuspended() {
        fixture.given(registered())
                .andGiven(new TenantSuspendedEvent(tenant, "unpaid invoice"))
                .when(new SuspendTenantCommand(tenant, "again"))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void reactivatingASuspendedTenantEmitsTenantReactivated() {
        fixture.given(registered())
                .andGiven(new TenantSuspendedEvent(tenant, "unpaid invoice"))
                .when(new ReactivateTenantCommand(tenant))
                .expectEvents(new TenantReactivatedEvent(tenant))
                .expectResultMessagePayload(4L);
    }

    @Test
    void rejectsReactivatingATenantThatIsNotSuspended() {
        fixture.given(registered())
                .when(new ReactivateTenantCommand(tenant))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsReactivatingATenantThatWasAlreadyReactivated() {
        fixture.given(registered())
                .andGiven(new TenantSuspendedEvent(tenant, "unpaid invoice"), new TenantReactivatedEvent(tenant))
                .when(new ReactivateTenantCommand(tenant))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aReactivatedTenantCanBeSuspendedAgain() {
        fixture.given(registered())
                .andGiven(new TenantSuspendedEvent(tenant, "unpaid invoice"), new TenantReactivatedEvent(tenant))
                .when(new SuspendTenantCommand(tenant, "abuse"))
                .expectEvents(new TenantSuspendedEvent(tenant, "abuse"))
                .expectResultMessagePayload(5L);
    }

    @Test
    void issuingAKeyEmitsApiKeyIssued() {
        fixture.given(registered())
                .when(new IssueApiKeyCommand(tenant, secondKey, "ci", "qk_def", "hash-2", null))
                .expectEvents(new ApiKeyIssuedEvent(tenant, secondKey, "ci", "qk_def", "hash-2", null))
                .expectResultMessagePayload(3L);
    }

    @Test
    void rejectsIssuingAKeyWithABlankName() {
        fixture.given(registered())
                .when(new IssueApiKeyCommand(tenant, secondKey, "  ", "qk_def", "hash-2", null))
                .expectException(invalidInput("name"))
                .expectNoEvents();
    }

    @Test
    void rejectsIssuingAKeyWhoseNameHasControlCharacters() {
        fixture.given(registered())
                .when(new IssueApiKeyCommand(tenant, secondKey, "ci\u0007", "qk_def", "hash-2", null))
                .expectException(invalidInput("name"))
                .expectNoEvents();
    }

    /*
     * A key command is routed by its tenantId, so "another tenant" can only ever reach its own Tenant aggregate:
     * with no stream under that id the repository finds nothing, which CommandDispatch answers as 404.
     */
    @Test
    void issuingForATenantThatDoesNotExistFindsNoTenant() {
        TenantId stranger = TenantId.random();
        fixture.givenNoPriorActivity()
                .when(new IssueApiKeyCommand(stranger, secondKey, "ci", "qk_def", "hash-2", null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void revokingTheFirstKeyEmitsApiKeyRevoked() {
        fixture.given(registered())
                .when(new RevokeApiKeyCommand(tenant, firstKey))
                .expectEvents(new ApiKeyRevokedEvent(tenant, firstKey))
                .expectResultMessagePayload(3L);
    }

    @Test
    void revokingALaterIssuedKeyEmitsApiKeyRevoked() {
        fixture.given(registered())
                .andGiven(new ApiKeyIssuedEvent(tenant, secondKey, "ci", "qk_def", "hash-2", null))
                .when(new RevokeApiKeyCommand(tenant, secondKey))
                .expectEvents(new ApiKeyRevokedEvent(tenant, secondKey))
                .expectResultMessagePayload(4L);
    }

    @Test
    void rejectsRevokingAnUnknownKey() {
        ApiKeyId unknown = ApiKeyId.random();
        fixture.given(registered())
                .when(new RevokeApiKeyCommand(tenant, unknown))
                .expectException(notFound("API key", unknown))
                .expectNoEvents();
    }

    @Test
    void rejectsRevokingAKeyThatIsAlreadyRevoked() {
        fixture.given(registered())
                .andGiven(new ApiKeyRevokedEvent(tenant, firstKey))
                .when(new RevokeApiKeyCommand(tenant, firstKey))
                .expectException(notFound("API key", firstKey))
                .expectNoEvents();
    }

    @Test
    void rejectsRevokingAKeyOfAnotherTenant() {
        TenantId other = TenantId.random();
        ApiKeyId othersKey = ApiKeyId.random();
        fixture.given(
                        new TenantRegisteredEvent(other, "Globex", "free", null),
                        new ApiKeyIssuedEvent(other, othersKey, "default", "qk_xyz", "hash-9", null))
                .when(new RevokeApiKeyCommand(other, firstKey))
                .expectException(notFound("API key", firstKey))
                .expectNoEvents();
    }
}
