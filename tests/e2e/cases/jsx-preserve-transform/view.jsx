const View = ({ user }) => (
    <>
        <Avatar.Image src={user.pic} alt="" />
        <span>  {user.name}  &amp; co  </span>
        {/* kept */}
    </>
);
