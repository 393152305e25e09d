package org.parkchain.trading.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.LocaleView;
import org.parkchain.trading.boundary.ChannelRecords;
import org.parkchain.trading.boundary.Channels;
import org.parkchain.trading.boundary.Negotiation;
import org.parkchain.trading.boundary.TradingMembers;
import org.parkchain.trading.entity.Attachment;
import org.parkchain.trading.entity.Channel;
import org.parkchain.trading.entity.Note;
import org.parkchain.trading.entity.TermSheet;

/**
 * One private channel: its negotiation log as a timeline (notes, files, term sheet versions), adding notes and files,
 * and answering an invitation. Members only: anybody else is shown "no such channel", like the API's 404.
 */
@Named("channelView")
@ViewScoped
public class ChannelView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final long MAX_UPLOAD = 50L * 1024 * 1024;

    @Inject
    ChannelRecords records;

    @Inject
    Channels channels;

    @Inject
    Negotiation negotiation;

    @Inject
    TradingMembers members;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleView localeView;

    @Inject
    ParkCalendar calendar;

    /** One line of the timeline. */
    public record Entry(Instant at, String when, String who, String kind, String text, Long fileId) {
    }

    private long id;
    private String note;
    private transient Part file;
    private transient ChannelRecords.Log log;
    private boolean missing;
    private transient java.util.Map<String, String> names;

    public void load() {
        try {
            log = records.log(currentUser.name(), id);
        } catch (NotFoundException e) {
            missing = true;
            messages.refused(e);
        }
    }

    public ChannelRecords.Log getLog() {
        if (log == null && !missing) {
            load();
        }
        return log;
    }

    public void reload() {
        log = null;
    }

    public boolean isParty() {
        return getLog() != null && log.channel().hasParty(currentUser.participantId().value());
    }

    /** The invited party may answer the invitation. */
    public boolean isInvited() {
        return isParty() && log.channel().getStatus() == Channel.Status.PROPOSED
                && log.channel().getPartyB() == currentUser.participantId().value();
    }

    public boolean isOpen() {
        return getLog() != null && log.channel().getStatus() == Channel.Status.OPEN;
    }

    public long me() {
        return currentUser.participantId().value();
    }

    public long other() {
        return getLog().channel().otherParty(me());
    }

    /** A participant's name in the reader's language, looked up once per view (every row of the page asks). */
    public String name(long participant) {
        if (names == null) {
            names = new java.util.HashMap<>();
        }
        return names.computeIfAbsent(participant + (localeView.isChinese() ? ":zh" : ":en"),
                k -> members.name(participant, localeView.isChinese()));
    }

    public List<Entry> getTimeline() {
        if (getLog() == null) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (Note n : log.notes()) {
            out.add(entry(n.getCreatedAt(), n.getParticipant(), "trading.log.note", n.getBody(), null));
        }
        for (Attachment a : log.files()) {
            out.add(entry(a.getCreatedAt(), a.getParticipant(), "trading.log.file", a.getFileName() + " ("
                    + messages.text("trading.log.bytes", a.getSizeBytes()) + ")", a.getId()));
        }
        for (TermSheet s : log.sheets()) {
            out.add(entry(s.getCreatedAt(), s.getParticipant(), "trading.log.sheet", messages.text(
                    "trading.log.sheet.text", s.getVersion(), messages.text("trading.sheet.status." + s.getStatus()
                            .name())) + (s.getComment() == null ? "" : " — " + s.getComment()), null));
        }
        out.sort(Comparator.comparing(Entry::at));
        return out;
    }

    private Entry entry(Instant at, long participant, String kind, String text, Long fileId) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(localeView.getLocale()).withZone(calendar.zone()).format(at);
        return new Entry(at, when, name(participant), messages.text(kind), text, fileId);
    }

    public void decide(boolean accept) {
        try {
            channels.decide(currentUser.name(), id, accept);
            messages.info(accept ? "trading.channel.accepted" : "trading.channel.declined");
            reload();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void addNote() {
        try {
            negotiation.note(currentUser.name(), id, note);
            note = null;
            messages.info("trading.note.added");
            reload();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            messages.error("error.trading.file.empty");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(file.getSize(), MAX_UPLOAD));
            Attachment a = negotiation.attach(currentUser.name(), id, file.getSubmittedFileName(), content);
            messages.info("trading.file.added", a.getFileName());
            reload();
        } catch (BusinessException e) {
            messages.refused(e);
        } catch (IOException e) {
            messages.error("error.trading.file.empty");
        }
    }

    public ZoneId zone() {
        return calendar.zone();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
