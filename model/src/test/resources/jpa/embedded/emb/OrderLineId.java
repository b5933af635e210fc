package emb;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class OrderLineId implements Serializable {
    private long orderNumber;
    private int lineNo;
}
