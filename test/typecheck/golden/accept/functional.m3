(* FUNCTIONAL procedures (SPIN) have no side effects: they assign only their own locals, call only
   FUNCTIONAL procedures (Word's operations are), and never allocate. Event guards must be
   FUNCTIONAL. A FUNCTIONAL procedure can be stored in a FUNCTIONAL procedure type. *)
MODULE Functional EXPORTS Main;

IMPORT IO, Word;

TYPE
  Packet = RECORD port: INTEGER; flags: INTEGER END;
  Guard = FUNCTIONAL PROCEDURE (READONLY p: Packet): BOOLEAN;

FUNCTIONAL PROCEDURE IsWeb (READONLY p: Packet): BOOLEAN =
  VAR port := p.port;
  BEGIN
    IF port < 0 THEN port := -port END;
    RETURN (port = 80 OR port = 443) AND Urgent(p.flags);
  END IsWeb;

FUNCTIONAL PROCEDURE Urgent (flags: INTEGER): BOOLEAN =
  VAR bits: ARRAY [0 .. 1] OF INTEGER;
  BEGIN
    bits[0] := Word.And(flags, 16_20);
    bits[1] := 0;
    FOR i := 0 TO 1 DO bits[1] := bits[1] + bits[i] END;
    RETURN bits[1] # 0;
  END Urgent;

VAR guard: Guard := IsWeb;

BEGIN
  IF guard(Packet{port := 80, flags := 16_20}) THEN IO.Put("web\n") END;
END Functional.
