(* EPHEMERAL procedures (SPIN) may be terminated at any point: they call only EPHEMERAL or
   FUNCTIONAL procedures and never allocate. They may update global state. *)
MODULE Ephemeral EXPORTS Main;

IMPORT IO, Word;

VAR packets, bytes := 0;

EPHEMERAL PROCEDURE Count (size: INTEGER) =
  BEGIN
    INC(packets);
    bytes := Word.Plus(bytes, size);
    Note();
  END Count;

EPHEMERAL PROCEDURE Note () =
  BEGIN
    INC(packets, 0);
  END Note;

BEGIN
  Count(64);
  IO.PutInt(packets + bytes);
END Ephemeral.
