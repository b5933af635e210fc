package lib;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotNull;
import java.util.*;

@Entity
@Table(name = "book")
public class Book {
    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private long id;
    private String title;

    @ManyToMany
    private Set<Author> authors;

    @ManyToMany
    @JoinTable(name = "book_tags", joinColumns = @JoinColumn(name = "book_id"),
               inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private List<Tag> tags;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "publisher_id", nullable = false)
    private Publisher publisher;

    @ManyToOne
    @NotNull
    private Publisher printer;

    @ManyToOne
    @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    private Book previousEdition;

    @ManyToOne
    @JoinColumn(name = "series", foreignKey = @ForeignKey(name = "fk_book_series"))
    private Series series;

    @OneToOne
    @JoinColumn(name = "cover_id")
    private Cover cover;
}
