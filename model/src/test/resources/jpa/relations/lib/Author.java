package lib;

import jakarta.persistence.*;
import java.util.*;

@Entity
public class Author {
    @Id @GeneratedValue
    private Long id;
    private String fullName;

    @ManyToMany(mappedBy = "authors")
    private Set<Book> books = new HashSet<>();

    @OneToOne(optional = false)
    private Biography biography;

    @OneToMany(mappedBy = "author")
    private List<Award> awards;

    @OneToMany
    private Set<Address> addresses;

    @OneToMany
    @JoinColumn(name = "author_ref")
    private List<Note> notes;

    @ElementCollection
    private Set<String> nicknames;

    @ElementCollection
    @CollectionTable(name = "author_phone", joinColumns = @JoinColumn(name = "owner_id"))
    @Column(name = "phone_number", length = 30)
    private List<String> phones;

    @ElementCollection
    private List<Royalty> royalties;
}
