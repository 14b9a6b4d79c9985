package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.ExitStatus;

import cn.statbrief.render.RenderException;

/** A worker's failure reaches the operator as its own one line. */
class RenderManagerListenerTests {

	@Test
	void theReasonIsTheFailuresMessageWithoutItsClassOrStack() {
		ExitStatus failed = ExitStatus.FAILED
			.addExitDescription(new RenderException("模板 zone-briefing.ftlh 第12行第5列：未知的变量 zone.nmae"));
		assertThat(RenderManagerListener.reason(failed)).isEqualTo("模板 zone-briefing.ftlh 第12行第5列：未知的变量 zone.nmae");
		assertThat(RenderManagerListener.reason(ExitStatus.FAILED.addExitDescription("工作进程中断"))).isEqualTo("工作进程中断");
	}

}
