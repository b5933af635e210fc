package ord;

import jakarta.persistence.*;
import java.util.*;

/** Ordered collections (@OrderColumn) of every kind, and maps (@MapKeyColumn, default key columns). */
@Entity
public class Playlist {
    @Id
    private Long id;
    private String name;

    @OneToMany
    @OrderColumn
    private List<Track> tracks;

    @ManyToMany
    @OrderColumn(name = "pos")
    private List<Tag> tags;

    @ElementCollection
    @OrderColumn
    private List<String> notes;

    @OneToMany(mappedBy = "playlist")
    @OrderColumn(name = "slot")
    private List<Entry> entries;

    @OneToMany
    @JoinColumn(name = "featured_in")
    @OrderColumn(name = "featured_rank")
    private List<Track> featured;

    @ElementCollection
    @MapKeyColumn(name = "lang")
    @Column(name = "title")
    private Map<String, String> titles;

    @ElementCollection
    private Map<String, Integer> counters;

    @ManyToMany
    @JoinTable(name = "playlist_track_codes")
    @MapKeyColumn(name = "code", length = 40)
    private Map<String, Track> byCode;
}
