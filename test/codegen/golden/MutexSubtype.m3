(* An object type that extends MUTEX, the predeclared opaque type: its fields, methods and type
   tests, and LOCK on it (a no-op until strands exist). *)
MODULE MutexSubtype EXPORTS Main;
IMPORT IO, Fmt;

TYPE
  Guarded = MUTEX OBJECT
    count := 0;
    name: TEXT := "guarded";
  METHODS
    bump () := Bump;
  END;

PROCEDURE Bump (g: Guarded) =
  BEGIN
    LOCK g DO INC(g.count) END
  END Bump;

VAR
  g := NEW(Guarded);
  plain := NEW(MUTEX);
  r: REFANY;
BEGIN
  g.bump();
  g.bump();
  IO.Put(g.name & " " & Fmt.Int(g.count) & "\n");
  r := g;
  IO.Put("ISTYPE(g, MUTEX) " & Fmt.Bool(ISTYPE(r, MUTEX)) & ", ISTYPE(g, Guarded) "
           & Fmt.Bool(ISTYPE(r, Guarded)) & "\n");
  r := plain;
  IO.Put("ISTYPE(plain, MUTEX) " & Fmt.Bool(ISTYPE(r, MUTEX)) & ", ISTYPE(plain, Guarded) "
           & Fmt.Bool(ISTYPE(r, Guarded)) & "\n")
END MutexSubtype.
