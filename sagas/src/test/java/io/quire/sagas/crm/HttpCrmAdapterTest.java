package io.quire.sagas.crm;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.quire.sagas.adapter.AdapterFailure;
import io.quire.sagas.adapter.AdapterTestContext;
import io.quire.sagas.adapter.ProviderRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = {AdapterTestContext.class, CrmConfiguration.class})
class HttpCrmAdapterTest {

    @RegisterExtension
    static WireMockExtension crm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final String STAGE_PATH = "/v1/companies/t-1/deal/stage";

    @DynamicPropertySource
    static void pointAtCrm(DynamicPropertyRegistry registry) {
        registry.add("quire.adapters.crm.base-url", crm::baseUrl);
    }

    @Autowired
    CrmPort port;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @BeforeEach
    void closeTheBreaker() {
        circuitBreakers.circuitBreaker(HttpCrmAdapter.NAME).reset();
    }

    @Test
    void upsertsTheCompanyAndAContactWithTheApiKey() {
        crm.stubFor(put("/v1/companies/t-1").willReturn(okJson("{\"id\": \"t-1\", \"name\": \"Acme\"}")));
        crm.stubFor(put("/v1/companies/t-1/contacts/ann%2Bbilling%40acme.test")
                .willReturn(okJson("{\"email\": \"ann+billing@acme.test\", \"name\": \"Ann\"}")));

        port.upsertCompany("t-1", "Acme");
        port.upsertContact("t-1", "ann+billing@acme.test", "Ann");

        crm.verify(putRequestedFor(urlEqualTo("/v1/companies/t-1"))
                .withHeader("Authorization", equalTo("Bearer crm_test_adapter_tests"))
                .withRequestBody(equalToJson("{\"name\": \"Acme\"}")));
        crm.verify(putRequestedFor(urlEqualTo("/v1/companies/t-1/contacts/ann%2Bbilling%40acme.test"))
                .withRequestBody(equalToJson("{\"name\": \"Ann\"}")));
    }

    @Test
    void anUpsertAnsweredForAnotherCompanyIsNotTrusted() {
        crm.stubFor(put("/v1/companies/t-1").willReturn(okJson("{\"id\": \"t-2\", \"name\": \"Acme\"}")));

        assertThatThrownBy(() -> port.upsertCompany("t-1", "Acme"))
                .isInstanceOf(AdapterFailure.class)
                .hasMessageContaining("untrustworthy answer");
    }

    @Test
    void movingTheDealStageAnswersTheStageBefore() {
        crm.stubFor(post(STAGE_PATH).willReturn(okJson("{\"stage\": \"customer\", \"previousStage\": \"trial\"}")));

        assertThat(port.moveDealStage("t-1", "customer")).isEqualTo("trial");
        crm.verify(postRequestedFor(urlEqualTo(STAGE_PATH))
                .withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("{\"stage\": \"customer\"}")));
    }

    @Test
    void aStageMoveRetriedAfterAFailureRepeatsItsKeySoTheCrmCanAnswerThePreviousStageAgain() {
        crm.stubFor(post(STAGE_PATH).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(serverError()).willSetStateTo("recovered"));
        crm.stubFor(post(STAGE_PATH).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"stage\": \"customer\", \"previousStage\": \"trial\"}")));

        assertThat(port.moveDealStage("t-1", "customer")).isEqualTo("trial");

        List<LoggedRequest> sent = crm.findAll(postRequestedFor(urlEqualTo(STAGE_PATH)));
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).getHeader("Idempotency-Key")).isEqualTo(sent.get(0).getHeader("Idempotency-Key"));
    }

    @Test
    void aStageAnswerWithoutThePreviousStageIsNotTrusted() {
        crm.stubFor(post(STAGE_PATH).willReturn(okJson("{\"stage\": \"customer\"}")));

        assertThatThrownBy(() -> port.moveDealStage("t-1", "customer"))
                .isInstanceOf(AdapterFailure.class)
                .hasMessageContaining("previousStage");
    }

    @Test
    void logsAnActivityUnderItsIdempotencyKey() {
        crm.stubFor(post("/v1/companies/t-1/activities").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"act_9\"}")));

        String id = port.logActivity("t-1", "Plan changed", "free -> team", "activity-key-1");

        assertThat(id).isEqualTo("act_9");
        crm.verify(postRequestedFor(urlEqualTo("/v1/companies/t-1/activities"))
                .withHeader("Idempotency-Key", equalTo("activity-key-1"))
                .withRequestBody(equalToJson("{\"subject\": \"Plan changed\", \"body\": \"free -> team\"}")));
    }

    @Test
    void deletingAnActivitySucceedsAlsoWhenItIsAlreadyGone() {
        crm.stubFor(delete("/v1/activities/act_9").willReturn(noContent()));
        crm.stubFor(delete("/v1/activities/act_gone").willReturn(notFound()));

        port.deleteActivity("act_9");
        port.deleteActivity("act_gone");

        crm.verify(1, deleteRequestedFor(urlEqualTo("/v1/activities/act_9")));
        crm.verify(1, deleteRequestedFor(urlEqualTo("/v1/activities/act_gone")));
    }

    @Test
    void aDeleteTheCrmKeepsFailingIsAnAdapterFailure() {
        crm.stubFor(delete("/v1/activities/act_9").willReturn(serverError()));

        assertThatThrownBy(() -> port.deleteActivity("act_9"))
                .isInstanceOf(AdapterFailure.class)
                .isNotInstanceOf(ProviderRefusal.class);
        crm.verify(3, deleteRequestedFor(urlEqualTo("/v1/activities/act_9")));
    }

    @Test
    void aRejectedApiKeyIsRefusedAtOnce() {
        crm.stubFor(put("/v1/companies/t-1").willReturn(unauthorized()));

        assertThatThrownBy(() -> port.upsertCompany("t-1", "Acme"))
                .isInstanceOf(ProviderRefusal.class)
                .hasMessageContaining("401");
        crm.verify(1, putRequestedFor(urlEqualTo("/v1/companies/t-1")));
    }
}
