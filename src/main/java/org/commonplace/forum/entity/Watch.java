package org.commonplace.forum.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** How closely a member follows a thread or a board. */
@Entity
@Table(name = "watch")
public class Watch {
    public enum Level {
        /** Notified of every new post (threads) or new thread (boards). */
        WATCH,
        /** Unread markers only, no notifications. */
        TRACK,
        /** Nothing at all, not even mentions. */
        MUTE
    }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "thread_id")
    private Long threadId;
    @Column(name = "board_id")
    private Long boardId;
    @Enumerated(EnumType.STRING)
    private Level level;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Watch() { }

    public static Watch ofThread(long accountId, long threadId, Level level, Instant now) {
        Watch w = new Watch();
        w.accountId = accountId;
        w.threadId = threadId;
        w.level = level;
        w.createdAt = now;
        return w;
    }

    public static Watch ofBoard(long accountId, long boardId, Level level, Instant now) {
        Watch w = new Watch();
        w.accountId = accountId;
        w.boardId = boardId;
        w.level = level;
        w.createdAt = now;
        return w;
    }

    public long accountId() { return accountId; }
    public Level level() { return level; }
    public void change(Level level) { this.level = level; }
}
