MODULE AssignCall;

VAR a: ARRAY [0 .. 9] OF INTEGER; p: REF INTEGER; r: RECORD f: INTEGER END;

PROCEDURE Touch() = BEGIN END Touch;

BEGIN
  a[0] := 1;
  a[1] := a[0] + 1;
  p := NEW(REF INTEGER);
  p^ := 5;
  r.f := p^;
  Touch();
  INC(a[2]);
  DEC(a[3], 2)
END AssignCall.
