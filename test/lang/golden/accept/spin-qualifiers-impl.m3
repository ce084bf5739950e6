MODULE Guards;

FUNCTIONAL PROCEDURE IsTcp(p: Packet): BOOLEAN =
  BEGIN
    RETURN NUMBER(p^) > 20 AND ORD(p[9]) = 6
  END IsTcp;

EPHEMERAL PROCEDURE Count(<*UNUSED*> p: Packet) =
  BEGIN
    INC(seen)
  END Count;

VAR seen := 0;

BEGIN
END Guards.
