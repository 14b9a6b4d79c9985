package cn.statbrief.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import cn.statbrief.store.DeliveryLog;

/**
 * A mail server that is down: every retry is made, the failure is logged, the run is
 * told.
 */
class MailerTests {

	@Test
	void anUnreachableServerIsRetriedThenReportedAndLogged(@TempDir Path dir) throws Exception {
		var dataSource = new DriverManagerDataSource("jdbc:hsqldb:file:" + dir.resolve("db") + ";shutdown=true", "SA",
				"");
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/hsqldb/V1__baseline.sql"))
			.execute(dataSource);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(closedPort);
		Mailer mailer = new Mailer(sender, new DeliveryLog(jdbc), "zhaoshang@yantai.example", 3, Duration.ofMillis(1));
		Path pdf = Files.write(dir.resolve("通报.pdf"), "%PDF-1.4".getBytes());
		var delivery = new Mailer.Delivery("全市通报", "2021-10", 1, "《通报》", "正文", pdf, List.of("leader@yantai.example"));
		assertThatThrownBy(() -> mailer.send(delivery)).isInstanceOf(Mailer.DeliveryException.class)
			.hasMessageStartingWith("通报.pdf 发送失败（已重试3次）");
		assertThat(jdbc.sql("SELECT status || ':' || attempts FROM delivery_log").query(String.class).list())
			.containsExactly("FAILED:3");
		assertThat(mailer.send(new Mailer.Delivery("全市通报", "2021-10", 1, "《通报》", "正文", pdf, List.of())))
			.as("no recipients, nothing to send")
			.isFalse();
	}

}
