package org.commonplace.workspace.checkin.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** An answer to one question, with the question copied so the history reads the same after the survey changes. */
@Entity
@Table(name = "workspace_checkin_answer")
public class CheckinAnswer {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "response_id")
    private Long responseId;
    @Column(name = "question_key")
    private String questionKey;
    private String prompt;
    @Enumerated(EnumType.STRING)
    private CheckinQuestion.Kind kind;
    private Integer rating;
    @Column(name = "answer_text")
    private String text;
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected CheckinAnswer() { }

    public CheckinAnswer(long responseId, String questionKey, String prompt, CheckinQuestion.Kind kind, Instant now) {
        this.responseId = responseId;
        this.questionKey = questionKey;
        this.prompt = prompt;
        this.kind = kind;
        this.answeredAt = now;
    }

    public Long id() { return id; }
    public long responseId() { return responseId; }
    public String questionKey() { return questionKey; }
    public String prompt() { return prompt; }
    public CheckinQuestion.Kind kind() { return kind; }
    public Integer rating() { return rating; }
    public String text() { return text; }
    public Instant answeredAt() { return answeredAt; }

    public void answer(Integer rating, String text, Instant now) {
        this.rating = rating;
        this.text = text;
        this.answeredAt = now;
    }
}
