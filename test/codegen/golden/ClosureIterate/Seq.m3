MODULE Seq;

PROCEDURE ForEach (from, to: INTEGER; v: Visitor) =
  BEGIN
    FOR i := from TO to DO
      IF NOT v(i) THEN RETURN END
    END
  END ForEach;

PROCEDURE Call (v: Visitor; i: INTEGER): BOOLEAN =
  BEGIN
    RETURN v(i)
  END Call;

PROCEDURE Same (a, b: Visitor): BOOLEAN =
  BEGIN
    RETURN a = b
  END Same;

PROCEDURE IsNil (v: Visitor): BOOLEAN =
  BEGIN
    RETURN v = NIL
  END IsNil;

BEGIN
END Seq.
