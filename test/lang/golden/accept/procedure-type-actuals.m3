MODULE ProcedureTypeActuals;

(* A procedure type may stand wherever an actual may be a type. *)

TYPE Buffer = ARRAY [1 .. BYTESIZE(PROCEDURE (x: INTEGER): INTEGER)] OF CHAR;

VAR
  bits := BITSIZE(FUNCTIONAL PROCEDURE ());
  safe := BITSIZE(EPHEMERAL FUNCTIONAL PROCEDURE (VAR t: TEXT) RAISES ANY);
  cell := NEW(REF PROCEDURE ());
  buffer: Buffer;

BEGIN
  buffer[1] := 'x';
  EVAL bits + safe;
  EVAL cell;
END ProcedureTypeActuals.
