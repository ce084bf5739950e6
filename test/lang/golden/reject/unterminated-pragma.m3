MODULE Unterminated;
<*INLINE PROCEDURE P() = BEGIN END P;
BEGIN
END Unterminated.
