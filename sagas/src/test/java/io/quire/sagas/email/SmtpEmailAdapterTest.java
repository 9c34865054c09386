package io.quire.sagas.email;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quire.sagas.adapter.AdapterFailure;
import io.quire.sagas.adapter.AdapterTestContext;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = {AdapterTestContext.class, EmailConfiguration.class})
class SmtpEmailAdapterTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final Map<String, String> RECEIPT = Map.of("tenantName", "Acme", "plan", "team",
            "amount", "15.00", "currency", "EUR", "invoiceId", "inv-7");

    @DynamicPropertySource
    static void pointAtSmtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    EmailPort email;

    @BeforeEach
    void emptyTheMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void sendsPlainTextAndHtmlAlternativesRenderedFromTheTemplate() throws Exception {
        email.send(new OutgoingEmail("owner@acme.test", "plan-receipt", RECEIPT, "receipt-inv-7"));

        MimeMessage received = onlyMessage();
        assertThat(received.getSubject()).isEqualTo("Your Quire plan: team");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("tests@quire.test");
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("owner@acme.test");
        assertThat(received.getSentDate()).isNotNull();
        Multipart alternatives = (Multipart) received.getContent();
        assertThat(alternatives.getContentType()).startsWith("multipart/alternative");
        assertThat(alternatives.getCount()).isEqualTo(2);
        assertThat(part(alternatives, 0).getContentType()).startsWith("text/plain");
        assertThat(text(alternatives, 0)).contains("Hello Acme,").contains("15.00 EUR for invoice inv-7");
        assertThat(part(alternatives, 1).getContentType()).startsWith("text/html");
        assertThat(text(alternatives, 1)).contains("<strong>team</strong>").contains("15.00 EUR");
    }

    @Test
    void escapesValuesInTheHtmlPartOnly() throws Exception {
        email.send(new OutgoingEmail("owner@acme.test", "invoice-paid",
                Map.of("tenantName", "<b>Ann & Bob</b>", "invoiceId", "inv-1", "amount", "1", "currency", "EUR"),
                "escaping"));

        Multipart alternatives = (Multipart) onlyMessage().getContent();
        assertThat(text(alternatives, 0)).contains("Hello <b>Ann & Bob</b>,");
        assertThat(text(alternatives, 1)).contains("Hello &lt;b&gt;Ann &amp; Bob&lt;/b&gt;,")
                .doesNotContain("<b>Ann");
    }

    @Test
    void theMessageIdFollowsFromTheMessageKey() throws Exception {
        email.send(new OutgoingEmail("a@acme.test", "subscription-reactivated", Map.of(), "key-A"));
        email.send(new OutgoingEmail("a@acme.test", "subscription-reactivated", Map.of(), "key-A"));
        email.send(new OutgoingEmail("a@acme.test", "subscription-reactivated", Map.of(), "key-B"));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        String first = received[0].getMessageID();
        assertThat(first).matches("<[0-9a-f]{40}@quire\\.test>");
        assertThat(received[1].getMessageID()).isEqualTo(first);
        assertThat(received[2].getMessageID()).isNotEqualTo(first);
    }

    @Test
    void aMissingValueRendersAsNothing() throws Exception {
        email.send(new OutgoingEmail("a@acme.test", "decision-superseded",
                Map.of("decisionTitle", "Use Markdown", "decisionId", "d-1"), "superseded-d-1"));

        Multipart alternatives = (Multipart) onlyMessage().getContent();
        assertThat(text(alternatives, 0)).contains("superseded by decision .").doesNotContain("{{");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-receipt", "payment-failed", "subscription-suspended", "subscription-reactivated",
            "invoice-paid", "decision-approved", "decision-superseded"})
    void everyTemplateTheSagasUseFillsAllItsPlaceholders(String template) throws Exception {
        Map<String, String> values = Map.ofEntries(Map.entry("tenantName", "Acme"), Map.entry("plan", "team"),
                Map.entry("amount", "15.00"), Map.entry("currency", "EUR"), Map.entry("invoiceId", "inv-7"),
                Map.entry("attempt", "1"), Map.entry("attemptsLeft", "2"), Map.entry("reason", "card_declined"),
                Map.entry("decisionTitle", "Use Markdown"), Map.entry("workspaceId", "ws-1"),
                Map.entry("decisionId", "d-1"), Map.entry("approvers", "key:1, key:2"),
                Map.entry("successorId", "d-2"));

        email.send(new OutgoingEmail("a@acme.test", template, values, "every-" + template));

        MimeMessage received = onlyMessage();
        Multipart alternatives = (Multipart) received.getContent();
        assertThat(received.getSubject()).isNotBlank().doesNotContain("{{");
        assertThat(text(alternatives, 0)).doesNotContain("{{").doesNotContain("}}");
        assertThat(text(alternatives, 1)).doesNotContain("{{").doesNotContain("}}");
    }

    @Test
    void anUnknownTemplateIsAProgrammingError() {
        assertThatThrownBy(() -> email.send(new OutgoingEmail("a@acme.test", "no-such-template", Map.of(), "k")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> email.send(new OutgoingEmail("a@acme.test", "../application", Map.of(), "k")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void anAddressThatIsNoAddressIsAnAdapterFailure() {
        assertThatThrownBy(() -> email.send(new OutgoingEmail("not an address", "invoice-paid", RECEIPT, "k")))
                .isInstanceOf(AdapterFailure.class);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private static MimeMessage onlyMessage() {
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static BodyPart part(Multipart multipart, int index) throws Exception {
        return multipart.getBodyPart(index);
    }

    private static String text(Multipart multipart, int index) throws Exception {
        return (String) multipart.getBodyPart(index).getContent();
    }
}
