"""The console's Kasus page and the dashboard's case figures: no personal data, small districts
hidden."""

from __future__ import annotations

from datetime import timedelta

from bot.handoff.cases import CaseOutcome, HandoffCase
from bot.handoff.desk import CaseDesk
from bot.sealing import Sealer
from testkit.admin_client import logged_in_console
from testkit.querylog_rows import open_log, pseudonym
from testkit.settings import make_settings


async def test_the_kasus_page_lists_cases_without_personal_data(database_url, tmp_path):
    log = open_log(database_url)
    sessions = log.sessions
    desk = CaseDesk(
        sessions,
        sealer=Sealer("a-chat-link-key-of-thirty-two-characters!", purpose="chat link"),
        settings=make_settings(database_url=database_url, officers_chat_id=-1001),
    )
    opened = []
    for number in range(7):
        district = "Ogan Komering Ilir" if number < 5 else "Lahat"
        opened.append(
            await desk.open(
                pseudonym=pseudonym(number),
                chat_id=987654300 + number,
                district=district,
                reason="report_case",
            )
        )
    # Two answered, after 10 and 30 minutes; one still open; the rest closed without a reply.
    with sessions.begin() as session:
        for case, minutes in ((opened[0], 10), (opened[1], 30)):
            row = session.get(HandoffCase, case.id)
            row.first_reply_at = row.opened_at + timedelta(minutes=minutes)
    for case in opened[:6]:
        await desk.close(
            case.id, CaseOutcome.ANSWERED if case in opened[:2] else CaseOutcome.NO_REPLY
        )

    async with logged_in_console(database_url, sessions, tmp_path) as console:
        page = (await console.get("/cases")).text
        dashboard = (await console.get("/")).text

    assert 'id="open-cases">1<' in page and 'id="case-count">7<' in page
    assert 'id="first-reply">20 mnt<' in page
    assert "<td>Ogan Komering Ilir</td><td>5</td>" in page
    # Two cases: the breakdown hides the count, the list the district.
    assert "<td>Lahat</td><td>disembunyikan</td>" in page and page.count("Lahat") == 1
    assert "K-0007" in page and "dijawab" in page and "warga tidak membalas" in page
    for personal in ("9876543", pseudonym(0)):
        assert personal not in page
    assert 'id="open-cases">1<' in dashboard and 'id="first-reply">20 mnt<' in dashboard
