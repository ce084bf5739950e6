(* One module may export several interfaces; it sees the revelation through BufRep. *)
MODULE Buf EXPORTS Buf, BufRep;

PROCEDURE New (size: CARDINAL): T =
  BEGIN
    RETURN NEW(T, data := NEW(REF ARRAY OF CHAR, size));
  END New;

PROCEDURE Length (b: T): CARDINAL =
  BEGIN
    RETURN NUMBER(b.data^);
  END Length;

BEGIN
END Buf.
