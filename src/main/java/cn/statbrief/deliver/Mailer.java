package cn.statbrief.deliver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import cn.statbrief.store.DeliveryLog;

/**
 * Sends an issued briefing's PDF to its distribution list over SMTP: a plain Chinese
 * subject and body, retries with a growing pause, and a delivery log so that an issue
 * (and version) is sent once, however often the run is repeated.
 */
public final class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	/** What to send: the issue of a document and its PDF. */
	public record Delivery(String series, String period, int version, String subject, String body, Path pdf,
			List<String> recipients) {
	}

	private final JavaMailSender sender;

	private final DeliveryLog deliveries;

	private final String from;

	private final int attempts;

	private final Duration pause;

	public Mailer(JavaMailSender sender, DeliveryLog deliveries, String from, int attempts, Duration pause) {
		this.sender = sender;
		this.deliveries = deliveries;
		this.from = from;
		this.attempts = Math.max(1, attempts);
		this.pause = pause;
	}

	/**
	 * @return true when sent now; false when it had been sent before, or had no
	 * recipients
	 */
	public boolean send(Delivery delivery) {
		if (delivery.recipients().isEmpty() || alreadySent(delivery)) {
			return false;
		}
		MailException last = null;
		for (int attempt = 1; attempt <= this.attempts; attempt++) {
			try {
				this.sender.send(message(delivery));
				log(delivery, "SENT", attempt, null);
				log.info("已发送 {} 给 {}", delivery.pdf().getFileName(), String.join("、", delivery.recipients()));
				return true;
			}
			catch (MailException ex) {
				last = ex;
				log.warn("发送 {} 第{}次失败：{}", delivery.pdf().getFileName(), attempt, ex.getMessage());
				sleep(this.pause.multipliedBy(attempt));
			}
		}
		log(delivery, "FAILED", this.attempts, last.getMessage());
		throw new DeliveryException(
				delivery.pdf().getFileName() + " 发送失败（已重试" + this.attempts + "次）：" + last.getMessage(), last);
	}

	private boolean alreadySent(Delivery d) {
		return this.deliveries.sent(d.series(), d.period(), d.version());
	}

	private MimeMessage message(Delivery d) {
		MimeMessage message = this.sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(d.recipients().toArray(String[]::new));
			helper.setSubject(d.subject());
			helper.setText(d.body(), false);
			helper.addAttachment(d.pdf().getFileName().toString(), new FileSystemResource(d.pdf()), "application/pdf");
			return message;
		}
		catch (MessagingException ex) {
			throw new DeliveryException("邮件无法组成：" + ex.getMessage(), ex);
		}
	}

	private void log(Delivery d, String status, int attempts, String error) {
		this.deliveries.record(d.series(), d.period(), d.version(), d.recipients(), status, attempts, error);
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Delivery failed after every retry; the run reports it and the log keeps it. */
	public static final class DeliveryException extends RuntimeException {

		DeliveryException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
