package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.statbrief.ExitCodes;
import cn.statbrief.cli.BriefingCommandLine;
import cn.statbrief.issue.QuarterReports;

/**
 * Issued briefings are mailed through a real SMTP server (GreenMail, on loopback) to the
 * configured lists.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

	static final Path WORK = work();

	@Autowired
	BriefingCommandLine commandLine;

	static Path work() {
		return Workspace.withSampleInput("briefing-mail-");
	}

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		Workspace.register(registry, WORK);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> String.valueOf(ServerSetupTest.SMTP.getPort()));
		registry.add("briefing.delivery.enabled", () -> "true");
		registry.add("briefing.delivery.from", () -> "zhaoshang@yantai.example");
		registry.add("briefing.delivery.bulletin[0]", () -> "leader@yantai.example");
		registry.add("briefing.delivery.bulletin[1]", () -> "office@yantai.example");
		registry.add("briefing.delivery.zones[烟台开发区][0]", () -> "kaifaqu@yantai.example");
		registry.add("briefing.delivery.zone-default[0]", () -> "zones@yantai.example");
		registry.add("briefing.delivery.quarter[0]", () -> "leader@yantai.example");
		registry.add("briefing.delivery.retry-pause", () -> "10ms");
	}

	@Test
	@Order(1)
	void theBulletinAndEveryZoneBriefingAreMailedWithTheirPdf() throws Exception {
		assertThat(this.commandLine.getExitCode()).isEqualTo(ExitCodes.OK);
		MimeMessage[] received = smtp.getReceivedMessages();
		// One message per document; GreenMail keeps one copy per recipient: 2 + 1 + 14.
		assertThat(received).hasSize(17);
		MimeMessage bulletin = Arrays.stream(received)
			.filter(m -> subject(m).startsWith("《烟台市招商引资主要指标通报》"))
			.findFirst()
			.orElseThrow();
		assertThat(subject(bulletin)).isEqualTo("《烟台市招商引资主要指标通报》2021年1—10月第1期");
		assertThat(Arrays.stream(bulletin.getAllRecipients()).map(Address::toString))
			.containsExactlyInAnyOrder("leader@yantai.example", "office@yantai.example");
		assertThat(bulletin.getFrom()[0].toString()).isEqualTo("zhaoshang@yantai.example");
		List<Part> leaves = new ArrayList<>();
		leaves(bulletin, leaves);
		Part pdf = leaves.stream().filter(p -> isAttachment(p)).findFirst().orElse(null);
		String text = leaves.stream()
			.filter(p -> isText(p))
			.map(DeliveryIntegrationTests::content)
			.findFirst()
			.orElse("");
		assertThat(pdf).isNotNull();
		assertThat(MimeUtility.decodeText(pdf.getFileName())).isEqualTo("烟台市招商引资主要指标通报.pdf");
		assertThat(pdf.getContentType()).startsWith("application/pdf");
		assertThat(pdf.getInputStream().readNBytes(5)).isEqualTo("%PDF-".getBytes());
		assertThat(text).contains("现将《烟台市招商引资主要指标通报》（2021年1—10月，第1期）发送给您");
		assertThat(Arrays.stream(received).filter(m -> subject(m).startsWith("《烟台开发区招商引资简报》"))).singleElement()
			.satisfies(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo("kaifaqu@yantai.example"));
	}

	@Test
	@Order(2)
	void theSameIssueIsNotSentTwiceAndDraftsAreNeverSent() throws Exception {
		this.commandLine.run(new DefaultApplicationArguments());
		assertThat(this.commandLine.getExitCode()).isEqualTo(ExitCodes.OK);
		this.commandLine.run(new DefaultApplicationArguments("--draft"));
		assertThat(this.commandLine.getExitCode()).isEqualTo(ExitCodes.OK);
		assertThat(smtp.getReceivedMessages()).hasSize(17);
	}

	@Autowired
	ObjectProvider<QuarterReports> quarter;

	@Test
	@Order(3)
	void theQuarterReportIsMailedOnceToItsList() throws Exception {
		var out = new ByteArrayOutputStream();
		var print = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertThat(this.quarter.getObject().issue("2021-09", false, print::println)).isEqualTo(ExitCodes.OK);
		assertThat(this.quarter.getObject().issue("2021-09", false, print::println)).isEqualTo(ExitCodes.OK);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("已发送给：leader@yantai.example")
			.contains("本期已发送过，不再重复发送");
		assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).startsWith("《烟台市2021年前三季度招商引资情况》")))
			.singleElement()
			.satisfies(m -> assertThat(subject(m)).isEqualTo("《烟台市2021年前三季度招商引资情况》第1期"));
	}

	@Test
	@Order(4)
	void aRevisedBriefingIsMailedAgainAsARevisionWithWhatChanged() throws Exception {
		Path october = WORK.resolve("input/2021年1-10月烟台市招商引资主要指标.xlsx");
		try (var in = Files.newInputStream(october); var wb = new XSSFWorkbook(in)) {
			for (var row : wb.getSheet("主要指标")) {
				if (row.getCell(0) != null && row.getCell(0).toString().equals("烟台开发区")) {
					row.getCell(1).setCellValue(241);
				}
			}
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			try (var out = Files.newOutputStream(WORK.resolve("input/烟台开发区-2021-10-更正.xlsx"))) {
				wb.write(out);
			}
		}
		List<MimeMessage> before = Arrays.asList(smtp.getReceivedMessages());
		this.commandLine.run(new DefaultApplicationArguments());
		// GreenMail lists messages by mailbox, not by time: what this run sent is what
		// was not there before.
		List<MimeMessage> sent = Arrays.stream(smtp.getReceivedMessages()).filter(m -> !before.contains(m)).toList();
		assertThat(this.commandLine.getExitCode()).isEqualTo(ExitCodes.OK);
		MimeMessage revised = sent.stream()
			.filter(m -> subject(m).equals("《烟台开发区招商引资简报》2021年1—10月第1期（修订版）"))
			.findFirst()
			.orElseThrow();
		List<Part> leaves = new ArrayList<>();
		leaves(revised, leaves);
		assertThat(leaves.stream()
			.filter(DeliveryIntegrationTests::isText)
			.map(DeliveryIntegrationTests::content)
			.findFirst()
			.orElse("")).contains("本期为修订版，替换此前发送的第1期。修订内容：").contains("数据：到位市外资金：2021年1—10月由240改为241");
		assertThat(
				leaves.stream().filter(DeliveryIntegrationTests::isAttachment).findFirst().orElseThrow().getFileName())
			.satisfies(name -> assertThat(MimeUtility.decodeText(name)).isEqualTo("烟台开发区（修订版）.pdf"));
		// Briefings whose text did not change are not sent again.
		assertThat(sent).extracting(DeliveryIntegrationTests::subject)
			.isNotEmpty()
			.allMatch(s -> s.endsWith("（修订版）"))
			.noneMatch(s -> s.startsWith("《长岛综合试验区招商引资简报》"));
	}

	private static void leaves(Part part, List<Part> out) throws Exception {
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				leaves(multipart.getBodyPart(i), out);
			}
		}
		else {
			out.add(part);
		}
	}

	private static boolean isAttachment(Part part) {
		try {
			return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isText(Part part) {
		try {
			return part.isMimeType("text/plain");
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String content(Part part) {
		try {
			return String.valueOf(part.getContent());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
