package cn.statbrief.narrate;

import java.util.List;

import cn.statbrief.catalog.ZoneGroup;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.ZoneFigure;

/**
 * Who is "位次靠后" on an indicator, one rule for the bulletin and the zones' own briefings:
 * the last two of a group of six or more, the last of a group of three to five, none of a
 * smaller group, and never a zone on the city's podium.
 */
final class GroupFoot {

	private GroupFoot() {
	}

	static List<ZoneFigure> of(IndicatorRanking indicator, ZoneGroup group, int podiumTop) {
		List<ZoneFigure> members = indicator.ranked().stream().filter(f -> f.zone().group().equals(group)).toList();
		int size = members.size();
		int lagging = size >= 6 ? 2 : size >= 3 ? 1 : 0;
		return members.stream()
			.filter(f -> f.groupRank() != null && f.groupRank() > size - lagging && f.cityRank() > podiumTop)
			.toList();
	}

}
